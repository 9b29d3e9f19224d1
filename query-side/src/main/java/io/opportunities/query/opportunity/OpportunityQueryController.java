package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.web.BadRequest;
import io.opportunities.platform.web.VersionTags;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.access.Visibility;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.consistency.NotFound;
import io.opportunities.query.consistency.ReadYourWrites;
import io.opportunities.query.opportunity.OpportunityViews.OpportunityDetail;
import io.opportunities.query.opportunity.OpportunityViews.OpportunitySummary;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.timeline.Moment;
import io.opportunities.query.timeline.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Opportunities", description = "The opportunity list and detail, as projected from the events")
class OpportunityQueryController {

    /** The sort keys the list accepts, mapped to the row's properties. */
    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("expectedCloseOn", "expectedCloseOn"),
            Map.entry("estimatedValue", "estimatedAmount"),
            Map.entry("probability", "probability"),
            Map.entry("customer", "customer"),
            Map.entry("title", "title"),
            Map.entry("owner", "owner"),
            Map.entry("stage", "stage"),
            Map.entry("status", "status"),
            Map.entry("openedOn", "openedOn"),
            Map.entry("lastRecordedAt", "lastRecordedAt"));

    private final OpportunityRepository opportunities;
    private final SalesProcess salesProcess;
    private final BusinessCalendar calendar;
    private final ReadYourWrites readYourWrites;
    private final OpportunityReplay replay;
    private final Timeline timeline;
    private final Clock clock;
    private final ReadAccess readAccess;

    OpportunityQueryController(OpportunityRepository opportunities, SalesProcess salesProcess,
                               BusinessCalendar calendar, ReadYourWrites readYourWrites, OpportunityReplay replay,
                               Timeline timeline, Clock clock, ReadAccess readAccess) {
        this.readAccess = readAccess;
        this.opportunities = opportunities;
        this.salesProcess = salesProcess;
        this.calendar = calendar;
        this.readYourWrites = readYourWrites;
        this.replay = replay;
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "List opportunities",
            description = "Filter by stage, owner, status and customer (part of the name, any case); paginated and "
                    + "sorted by one of: expectedCloseOn, estimatedValue, probability, customer, title, owner, stage, "
                    + "status, openedOn, lastRecordedAt (e.g. sort=estimatedValue,desc). asOf and knownAt list the "
                    + "deals as they were at the end of a past business day, as known at a past time, folded from "
                    + "their timelines; lastRecordedAt then sorts by the version reached.")
    PagedModel<OpportunitySummary> listOpportunities(
            @RequestParam(required = false) @Size(max = 100) String stage,
            @RequestParam(required = false) @Size(max = 100) String owner,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(required = false) @Size(max = 200) String customer,
            @RequestParam(defaultValue = "0") @PositiveOrZero @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(defaultValue = "expectedCloseOn,asc") String sort,
            @Parameter(description = "As it was at the end of this business day")
            @RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "As the system knew it at this time, e.g. 2026-11-20T18:00:00Z")
            @RequestParam(required = false) Instant knownAt,
            Authentication user) {
        Moment moment = Moment.of(asOf, knownAt, calendar.today(), clock.instant());
        Visibility visibility = readAccess.visibility(user);
        if (!moment.live()) {
            return OpportunityAsOfList.page(timeline.statesAsOf(moment.asOf(), moment.knownAt(),
                            DealFilter.of(owner, null, null, null, null, visibility)), stage, status, customer, sortOf(sort),
                    page, size, salesProcess, moment.day(calendar.today()));
        }
        Specification<OpportunityRow> filter = OpportunityFilters.of(stage, owner, status, customer, visibility);
        Page<OpportunityRow> rows = opportunities.findAll(filter, PageRequest.of(page, size, sortOf(sort)));
        LocalDate today = calendar.today();
        return new PagedModel<>(rows.map(row -> OpportunityViews.summary(row, salesProcess, today)));
    }

    @GetMapping("/{opportunityId}")
    @Transactional(readOnly = true)
    @Operation(summary = "One opportunity in full",
            description = "Stage, status, value, probability, current next step, days in stage, buying actions on "
                    + "record. ETag carries the version; If-None-Match with it answers 304 while nothing changed. "
                    + "asOf and knownAt replay the deal's own events to show it as it was at the end of a past "
                    + "business day, as known at a past time (404 if it did not exist then).")
    ResponseEntity<OpportunityDetail> getOpportunity(
            @PathVariable UUID opportunityId,
            @Parameter(description = "Wait until the read model has applied this version (read your own write)")
            @RequestParam(required = false) @PositiveOrZero Long minVersion,
            @Parameter(description = "As it was at the end of this business day")
            @RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "As the system knew it at this time, e.g. 2026-11-20T18:00:00Z")
            @RequestParam(required = false) Instant knownAt,
            WebRequest request, Authentication user) {
        String id = opportunityId.toString();
        readAccess.requireReadable(id, user);
        Moment moment = Moment.of(asOf, knownAt, calendar.today(), clock.instant());
        if (!moment.live()) {
            if (opportunities.findVersion(id).isEmpty()) {
                throw NotFound.opportunity(id);
            }
            OpportunityRow then = replay.at(id, moment)
                    .orElseThrow(() -> NotFound.opportunityAt(id, moment.asOf(), moment.knownAt()));
            return ResponseEntity.ok()
                    .body(OpportunityViews.detail(then, salesProcess, moment.day(calendar.today())));
        }
        readYourWrites.await(id, minVersion, () -> opportunities.findVersion(id));
        OpportunityRow row = opportunities.findById(id).orElseThrow(() -> NotFound.opportunity(id));
        String eTag = VersionTags.of(row.version);
        if (request.checkNotModified(eTag)) {
            return null; // 304: the client's copy is this version
        }
        return ResponseEntity.ok()
                .eTag(eTag)
                .body(OpportunityViews.detail(row, salesProcess, calendar.today()));
    }

    static Sort sortOf(String sort) {
        String[] parts = sort.split(",");
        String property = SORTABLE.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (property == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw BadRequest.of("Invalid sort",
                    "sort must be one of " + String.join(", ", SORTABLE.keySet().stream().sorted().toList())
                            + ", optionally followed by ,asc or ,desc.");
        }
        Sort primary = Sort.by(Sort.Direction.fromString(direction), property);
        return primary.and(Sort.by("opportunityId")); // a total order, so pages never overlap
    }
}
