package io.opportunities.query.winloss;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.web.RuleBroken;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Win/loss", description = "Learning from closed deals: one deal's story, and the analysis across deals")
class WinLossReviewController {

    private final EventStore eventStore;
    private final SalesProcess process;
    private final ReadAccess readAccess;

    WinLossReviewController(EventStore eventStore, SalesProcess process, ReadAccess readAccess) {
        this.eventStore = eventStore;
        this.process = process;
        this.readAccess = readAccess;
    }

    @GetMapping("/api/opportunities/{opportunityId}/win-loss-review")
    @Operation(summary = "The win/loss review of a closed deal, replayed from its events",
            description = "How it closed; every stay in a stage with its days, and the days per stage; the moves "
                    + "back with their reasons; the next steps agreed, kept, done late, missed and open at the close; "
                    + "the slips of the expected close date with their reasons; the probability path (each change, "
                    + "with what moved it); the buying centre at the close and its coverage of the roles that "
                    + "decide; the risks, information gaps, actions and internal decisions still open at the close; "
                    + "the team's win/loss reviews. Read from the event store, not from a projection. 409 "
                    + "opportunity-not-closed while the deal is open.")
    WinLossReview getWinLossReview(@PathVariable UUID opportunityId, Authentication user) {
        String id = opportunityId.toString();
        readAccess.requireReadable(id, user);
        List<DealStory.Recorded> events = new ArrayList<>();
        // from sequence 0: the stored events themselves, never a snapshot
        DomainEventStream stream = eventStore.readEvents(id, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof OpportunityEvent event) {
                events.add(new DealStory.Recorded(event, message.getSequenceNumber()));
            }
        }
        if (events.isEmpty()) {
            throw NotFound.opportunity(id);
        }
        return DealStory.of(events, process).orElseThrow(() -> RuleBroken.of("opportunity-not-closed",
                "Opportunity " + id + " is open; a win/loss review tells the story of a closed deal."));
    }
}
