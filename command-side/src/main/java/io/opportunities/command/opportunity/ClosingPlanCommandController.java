package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import io.opportunities.command.opportunity.ClosingPlanRequests.*;
import io.opportunities.command.web.CommandAccepted.Created;
import io.opportunities.command.web.CommandAccepted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.IdGenerator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.opportunities.command.opportunity.ClosingPlanRequests.idOf;
import static io.opportunities.command.opportunity.ClosingPlanRequests.idsOf;

/**
 * The closing plan of an opportunity: its buying centre, decision criteria, competitors, assessment, SMART goal,
 * actions, risks, information gaps, internal decisions and a manual closing certainty. Every endpoint answers with
 * the opportunity's new version (body and ETag) and honours If-Match like the opportunity's own commands.
 */
@RestController
@RequestMapping("/api/opportunities/{opportunityId}")
@Tag(name = "Closing plan commands", description = "Plan how to win a deal: people, criteria, actions, certainty")
class ClosingPlanCommandController {

    private static final String IF_MATCH = "If-Match";

    private final ChangeSender sender;
    private final IdGenerator ids;

    ClosingPlanCommandController(ChangeSender sender, IdGenerator ids) {
        this.sender = sender;
        this.ids = ids;
    }

    @PostMapping("/stakeholders")
    @Operation(summary = "Identify a person of the buying centre",
            description = "Role (approver, decision maker, influencer graded A or B, sponsor, user), business goal "
                    + "and challenge, personal win. The answer names the new stakeholderId.")
    ResponseEntity<CommandAccepted> identifyStakeholder(@PathVariable UUID opportunityId,
                                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody StakeholderRequest request,
                                                        Authentication user) {
        String stakeholderId = newId();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(), Created.STAKEHOLDER,
                stakeholderId, (id, version, stamp) -> new IdentifyStakeholder(id, version, stakeholderId,
                        request.name(), request.title(), request.role(), request.influencerGrade(),
                        request.businessGoal(), request.businessChallenge(), request.personalWin(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/stakeholders/{stakeholderId}/assessments")
    @Operation(summary = "Assess a person's stance",
            description = "Receptivity G, T, I or O; influence 1 to 5; relationship -2 to +2. Every assessment is kept; "
                    + "a removed person cannot be assessed (409 stakeholder-removed).")
    ResponseEntity<CommandAccepted> assessStakeholder(@PathVariable UUID opportunityId, @PathVariable UUID stakeholderId,
                                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody StakeholderAssessmentRequest request,
                                                      Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new AssessStakeholder(id, version, stakeholderId.toString(), request.receptivity(),
                        request.influence(), request.relationship(), request.note(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/stakeholders/{stakeholderId}/removal")
    @Operation(summary = "Remove a person from the buying centre", description = "They left, or are no longer involved.")
    ResponseEntity<CommandAccepted> removeStakeholder(@PathVariable UUID opportunityId, @PathVariable UUID stakeholderId,
                                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody StakeholderRemovalRequest request,
                                                      Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new RemoveStakeholder(id, version, stakeholderId.toString(), request.removal(), request.reason(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/stakeholders/{stakeholderId}/erasure")
    @Operation(summary = "Erase a person's personal data (the owner or an administrator)",
            description = "Their name, title, business goal and challenge and personal win read \"(erased)\" from now "
                    + "on, everywhere: in the closing plan, the history, the reviews and every replay, since the key "
                    + "their data was encrypted with in the events is deleted. The events themselves stay. On an open "
                    + "or a closed deal; 409 personal-data-already-erased the second time.")
    ResponseEntity<CommandAccepted> eraseStakeholderPersonalData(
            @PathVariable UUID opportunityId, @PathVariable UUID stakeholderId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) ErasureRequest request,
            Authentication user) {
        LocalDate occurredOn = request == null ? null : request.occurredOn();
        return sender.send(opportunityId, ifMatch, user, occurredOn, (id, version, stamp) ->
                new EraseStakeholderPersonalData(id, version, stakeholderId.toString(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/competitors")
    @Operation(summary = "Record a competitor",
            description = "Strengths, weaknesses and their allies inside the customer (stakeholder ids).")
    ResponseEntity<CommandAccepted> recordCompetitor(@PathVariable UUID opportunityId,
                                                     @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody CompetitorRequest request,
                                                     Authentication user) {
        String competitorId = newId();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(), Created.COMPETITOR,
                competitorId, (id, version, stamp) -> new RecordCompetitor(id, version, competitorId, request.name(),
                        request.strengths(), request.weaknesses(), idsOf(request.allies()),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/key-points")
    @Operation(summary = "Record a key point (decision criterion)",
            description = "Its bottom line and the people who hold it, as push or block, with their influence on it. "
                    + "A block needs a bottom line.")
    ResponseEntity<CommandAccepted> recordKeyPoint(@PathVariable UUID opportunityId,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody KeyPointRequest request, Authentication user) {
        String keyPointId = newId();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(), Created.KEY_POINT, keyPointId,
                (id, version, stamp) -> new RecordKeyPoint(id, version, keyPointId, request.criterion(),
                        request.bottomLine(), request.holders() == null ? null
                        : request.holders().stream().map(KeyPointHolderRequest::toHolder).toList(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/key-points/{keyPointId}/ratings")
    @Operation(summary = "Rate us and competitors on a key point", description = "None, poor, good or excellent.")
    ResponseEntity<CommandAccepted> rateKeyPoint(@PathVariable UUID opportunityId, @PathVariable UUID keyPointId,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody KeyPointRatingRequest request, Authentication user) {
        Map<String, Rating> competitorRatings = request.competitorRatings() == null ? Map.of()
                : request.competitorRatings().entrySet().stream()
                .collect(Collectors.toMap(rating -> rating.getKey().toString(), Map.Entry::getValue));
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new RateKeyPoint(id, version, keyPointId.toString(), request.ourRating(), competitorRatings,
                        request.note(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/assessment")
    @Operation(summary = "Answer assessment questions",
            description = "Scores 1 to 5 with notes, for questions of GET /api/sales-process; a later answer to a "
                    + "question replaces the earlier one in the sheet, and both stay in the history.")
    ResponseEntity<CommandAccepted> assessOpportunity(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AssessmentRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new AssessOpportunity(id, version, request.answers().stream().map(AnswerRequest::toAnswer).toList(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/smart-goal")
    @Operation(summary = "Set the SMART goal", description = "What, how it is measured, by when.")
    ResponseEntity<CommandAccepted> setSmartGoal(@PathVariable UUID opportunityId,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody SmartGoalRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new SetSmartGoal(id, version, request.goal(), request.measure(), request.dueOn(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/actions")
    @Operation(summary = "Plan a closing-plan action",
            description = "What, goal, owner, due date, method, internal or external, and what it influences (need, "
                    + "vision, decision process or a named person); optionally a strategy on a key point.")
    ResponseEntity<CommandAccepted> planAction(@PathVariable UUID opportunityId,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody ActionRequest request, Authentication user) {
        String actionId = newId();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(), Created.ACTION, actionId,
                (id, version, stamp) -> new PlanAction(id, version, actionId, request.what(), request.goal(),
                        request.owner(), request.dueOn(), request.method(), request.side(), request.influences(),
                        idOf(request.stakeholderId()), idOf(request.keyPointId()), request.strategy(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/actions/{actionId}/completion")
    @Operation(summary = "Complete an action", description = "With its result, measured against its goal.")
    ResponseEntity<CommandAccepted> completeAction(@PathVariable UUID opportunityId, @PathVariable UUID actionId,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody ActionCompletionRequest request,
                                                   Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new CompleteAction(id, version, actionId.toString(), request.result(), request.goalMet(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/actions/{actionId}/cancellation")
    @Operation(summary = "Cancel an action",
            description = "An open action of the closing plan that will not be done, with the reason; it stays in "
                    + "the plan's history as cancelled.")
    ResponseEntity<CommandAccepted> cancelAction(@PathVariable UUID opportunityId, @PathVariable UUID actionId,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody ReasonRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new CancelAction(id, version, actionId.toString(), request.reason(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/risks")
    @Operation(summary = "Record a risk",
            description = "Something that could stop or delay the deal, in a category (customer, delivery, margin, "
                    + "reputation, ...); it stays open on the closing plan until it is mitigated.")
    ResponseEntity<CommandAccepted> recordRisk(@PathVariable UUID opportunityId,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody RiskRequest request, Authentication user) {
        String riskId = newId();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(), Created.RISK, riskId,
                (id, version, stamp) -> new RecordRisk(id, version, riskId, request.description(), request.category(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/risks/{riskId}/mitigation")
    @Operation(summary = "Record how a risk was mitigated",
            description = "What was done about an open risk; the risk is then closed on the closing plan. A risk "
                    + "is mitigated once (409 otherwise).")
    ResponseEntity<CommandAccepted> mitigateRisk(@PathVariable UUID opportunityId, @PathVariable UUID riskId,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody RiskMitigationRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new MitigateRisk(id, version, riskId.toString(), request.mitigation(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/information-gaps")
    @Operation(summary = "Record missing information",
            description = "A question the team cannot answer yet about the customer or the deal; it stays open on "
                    + "the closing plan until the answer is recorded.")
    ResponseEntity<CommandAccepted> recordInformationGap(@PathVariable UUID opportunityId,
                                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                         @Valid @RequestBody InformationGapRequest request,
                                                         Authentication user) {
        String gapId = newId();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(), Created.INFORMATION_GAP, gapId,
                (id, version, stamp) -> new RecordInformationGap(id, version, gapId, request.question(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/information-gaps/{informationGapId}/closure")
    @Operation(summary = "Record the missing information once obtained",
            description = "The answer to an open information gap, which closes it. A gap is closed once (409 "
                    + "otherwise).")
    ResponseEntity<CommandAccepted> closeInformationGap(@PathVariable UUID opportunityId,
                                                        @PathVariable UUID informationGapId,
                                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody InformationGapClosureRequest request,
                                                        Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new CloseInformationGap(id, version, informationGapId.toString(), request.answer(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/internal-decisions")
    @Operation(summary = "Request a decision of our own company", description = "E.g. a discount or a delivery date.")
    ResponseEntity<CommandAccepted> requestInternalDecision(@PathVariable UUID opportunityId,
                                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                            @Valid @RequestBody InternalDecisionRequest request,
                                                            Authentication user) {
        String decisionId = newId();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(), Created.INTERNAL_DECISION,
                decisionId, (id, version, stamp) -> new RequestInternalDecision(id, version, decisionId,
                        request.question(), request.decidedBy(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/internal-decisions/{internalDecisionId}/decision")
    @Operation(summary = "Record the decision our company made",
            description = "The decision on a pending request to our own company (a discount, resources, an "
                    + "exception), which settles it. A decision is recorded once (409 otherwise).")
    ResponseEntity<CommandAccepted> recordInternalDecision(@PathVariable UUID opportunityId,
                                                           @PathVariable UUID internalDecisionId,
                                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                           @Valid @RequestBody InternalDecisionRecordRequest request,
                                                           Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new RecordInternalDecision(id, version, internalDecisionId.toString(), request.decision(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/certainty-override")
    @Operation(summary = "Override the closing certainty by hand",
            description = "With a reason. The override becomes the probability everywhere and stays visible as an "
                    + "override beside the ladder's certainty, in every read model and in the history.")
    ResponseEntity<CommandAccepted> overrideClosingCertainty(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CertaintyOverrideRequest request,
            Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new OverrideClosingCertainty(id, version, request.certainty(), request.reason(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/certainty-override/removal")
    @Operation(summary = "Remove the manual closing certainty", description = "The ladder's certainty applies again.")
    ResponseEntity<CommandAccepted> removeClosingCertaintyOverride(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReasonRequest request,
            Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new RemoveClosingCertaintyOverride(id, version, request.reason(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    private String newId() {
        return ids.generateId().toString();
    }
}
