package io.opportunities.query.closingplan;

import io.opportunities.api.closingplan.InfluencerGrade;
import io.opportunities.api.closingplan.Receptivity;
import io.opportunities.api.closingplan.StakeholderRemoval;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.web.VersionTags;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.consistency.NotFound;
import io.opportunities.query.consistency.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Closing plan", description = "How we plan to win a deal, and how sure we are")
class ClosingPlanController {

    /** A person of the buying centre with every assessment of their stance, oldest first. */
    record StakeholderView(String stakeholderId, String name, @Nullable String title, StakeholderRole role,
                           @Nullable InfluencerGrade influencerGrade, @Nullable String businessGoal,
                           @Nullable String businessChallenge, @Nullable String personalWin, LocalDate identifiedOn,
                           String identifiedBy, boolean active, @Nullable StakeholderRemoval removal,
                           @Nullable String removalReason, @Nullable LocalDate removedOn, AssessmentView current,
                           List<AssessmentView> assessments, List<String> allyOf) {
    }

    record AssessmentView(Receptivity receptivity, int influence, int relationship, @Nullable String note,
                          LocalDate assessedOn, String assessedBy) {
    }

    record BuyingCentreView(String opportunityId, long version, List<StakeholderView> stakeholders) {
    }

    private final ClosingPlanStore store;
    private final SalesProcess process;
    private final BusinessCalendar calendar;
    private final ReadYourWrites readYourWrites;
    private final ReadAccess readAccess;

    ClosingPlanController(ClosingPlanStore store, SalesProcess process, BusinessCalendar calendar,
                          ReadYourWrites readYourWrites, ReadAccess readAccess) {
        this.readAccess = readAccess;
        this.store = store;
        this.process = process;
        this.calendar = calendar;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/opportunities/{opportunityId}/closing-plan")
    @Operation(summary = "The opportunity planning sheet",
            description = "Seed 000's six parts (situation; customer selection; need and urgency; solution criteria; "
                    + "key decision makers; closing plan), seed 001's push/block plan against each competitor, the "
                    + "SMART goal, the assessment's qualification summary, and the closing certainty: every step of "
                    + "the ladder with its evidence, the next milestone, a manual override if any, and the winning "
                    + "factors that explain it. ETag carries the version; If-None-Match answers 304 while unchanged.")
    ResponseEntity<PlanningSheet> getClosingPlan(
            @PathVariable UUID opportunityId,
            @Parameter(description = "Wait until the sheet has applied this version (read your own write)")
            @RequestParam(required = false) @PositiveOrZero Long minVersion,
            WebRequest request, Authentication user) {
        ClosingPlanDocument document = load(opportunityId.toString(), minVersion, user);
        String eTag = VersionTags.of(document.version);
        if (request.checkNotModified(eTag)) {
            return null; // 304: the client's copy is this version
        }
        return ResponseEntity.ok().eTag(eTag).body(PlanningSheet.of(document, process, calendar.today()));
    }

    @GetMapping("/api/opportunities/{opportunityId}/stakeholders")
    @Operation(summary = "The buying centre",
            description = "Each person with role, goals and personal win, and the history of their assessments "
                    + "(receptivity, influence, relationship), oldest first; removed people stay listed as inactive.")
    BuyingCentreView getBuyingCentre(
            @PathVariable UUID opportunityId,
            @Parameter(description = "Wait until the buying centre has applied this version (read your own write)")
            @RequestParam(required = false) @PositiveOrZero Long minVersion, Authentication user) {
        ClosingPlanDocument document = load(opportunityId.toString(), minVersion, user);
        return new BuyingCentreView(document.opportunityId, document.version, document.stakeholders.stream()
                .map(person -> {
                    List<AssessmentView> assessments = person.assessments.stream()
                            .map(stance -> new AssessmentView(stance.receptivity, stance.influence, stance.relationship,
                                    stance.note, stance.assessedOn, stance.assessedBy))
                            .toList();
                    return new StakeholderView(person.stakeholderId, person.name, person.title, person.role,
                            person.influencerGrade, person.businessGoal, person.businessChallenge, person.personalWin,
                            person.identifiedOn, person.identifiedBy, person.active(), person.removal,
                            person.removalReason, person.removedOn,
                            assessments.isEmpty() ? null : assessments.get(assessments.size() - 1), assessments,
                            PlanningSheet.allyOf(document, person.stakeholderId));
                })
                .toList());
    }

    private ClosingPlanDocument load(String id, Long minVersion, Authentication user) {
        readAccess.requireReadable(id, user);
        readYourWrites.await(id, minVersion, () -> store.findVersion(id));
        return store.find(id).orElseThrow(() -> NotFound.opportunity(id));
    }
}
