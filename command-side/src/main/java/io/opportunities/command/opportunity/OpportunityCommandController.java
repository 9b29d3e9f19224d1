package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.AgreedAction;
import io.opportunities.api.opportunity.*;
import io.opportunities.command.opportunity.OpportunityRequests.*;
import io.opportunities.command.web.CommandAccepted;
import io.opportunities.command.web.CommandStamp;
import io.opportunities.command.web.CommandStamps;
import io.opportunities.command.web.IdempotentCommands;
import io.opportunities.platform.web.VersionTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The task-based command API of an opportunity's life. Each endpoint sends one command and answers with the
 * opportunity's new version, in the body and as ETag. {@code If-Match} rejects a command whose opportunity has moved
 * on (412); a broken business rule is a 409 that names the rule.
 */
@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Opportunity commands", description = "Record what happened in a deal's life")
class OpportunityCommandController {

    private static final String IF_MATCH = "If-Match";

    private final IdempotentCommands commands;
    private final CommandStamps stamps;
    private final ChangeSender sender;
    private final IdGenerator ids;

    OpportunityCommandController(IdempotentCommands commands, CommandStamps stamps, ChangeSender sender, IdGenerator ids) {
        this.commands = commands;
        this.stamps = stamps;
        this.sender = sender;
        this.ids = ids;
    }

    @PostMapping
    @Operation(summary = "Open an opportunity", description = "Starts a deal in the sales process's first stage.")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the opportunity, ETag its version")
    ResponseEntity<CommandAccepted> openOpportunity(
            @Valid @RequestBody OpenOpportunityRequest request, Authentication user) {
        String opportunityId = ids.generateId().toString();
        CommandStamp stamp = stamps.stamp(user, request.occurredOn());
        String owner = request.owner() != null && !request.owner().isBlank() ? request.owner() : stamp.actor();
        long version = commands.sendAndWait(new OpenOpportunity(opportunityId, request.customer(), request.title(),
                request.product(), owner, request.estimatedValue().toMoney(), request.expectedCloseOn(),
                request.warningSignal().toWarningSignal(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunityId))
                .eTag(VersionTags.of(version))
                .body(CommandAccepted.of(opportunityId, version));
    }

    @PostMapping("/{opportunityId}/qualification")
    @Operation(summary = "Qualify the opportunity",
            description = "Records seed 001's criteria: identified need, intent to buy or replace, funds, time frame. "
                    + "All four must be met (409 qualification-criteria-not-met names the others).")
    ResponseEntity<CommandAccepted> qualifyOpportunity(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody QualifyRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new QualifyOpportunity(id, version, request.identifiedNeed().toCriterion(),
                        request.intentToBuyOrReplace().toCriterion(), request.funds().toCriterion(),
                        request.timeFrame().toCriterion(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/buying-actions")
    @Operation(summary = "Record a buying action",
            description = "A verifiable act of the customer, of a type from GET /api/sales-process.")
    ResponseEntity<CommandAccepted> recordBuyingAction(@PathVariable UUID opportunityId,
                                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody BuyingActionRequest request,
                                                       Authentication user) {
        String buyingActionId = ids.generateId().toString();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(),
                CommandAccepted.Created.BUYING_ACTION, buyingActionId,
                (id, version, stamp) -> new RecordBuyingAction(id, version, buyingActionId, request.type(),
                        request.description(), request.evidence(), stamp.actor(), stamp.recordedAt(),
                        stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/stage/advance")
    @Operation(summary = "Advance to a later stage",
            description = "The exit criteria of every stage left must be on record as buying actions, and the deal "
                    + "qualified where the process says so; 409 exit-criteria-missing names what is missing.")
    ResponseEntity<CommandAccepted> advanceStage(@PathVariable UUID opportunityId,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody AdvanceStageRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new AdvanceStage(id, version, request.toStage(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/stage/move-back")
    @Operation(summary = "Move back to an earlier stage", description = "A regression, kept with its reason.")
    ResponseEntity<CommandAccepted> moveBackStage(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MoveBackStageRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new MoveBackStage(id, version, request.toStage(), request.reason(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/next-steps")
    @Operation(summary = "Agree a next step with the customer",
            description = "What, to what end, by when, and who owns it on the customer's side.")
    ResponseEntity<CommandAccepted> agreeNextStep(@PathVariable UUID opportunityId,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @Valid @RequestBody NextStepRequest request, Authentication user) {
        String nextStepId = ids.generateId().toString();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(),
                CommandAccepted.Created.NEXT_STEP, nextStepId,
                (id, version, stamp) -> new AgreeNextStep(id, version, nextStepId, request.description(),
                        request.goal(), request.dueOn(), request.customerOwner(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/next-steps/{nextStepId}/outcome")
    @Operation(summary = "Record a next step's outcome",
            description = "DONE, MISSED or RESCHEDULED (with rescheduledTo), measured against its goal.")
    ResponseEntity<CommandAccepted> recordNextStepOutcome(@PathVariable UUID opportunityId,
                                                          @PathVariable UUID nextStepId,
                                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                          @Valid @RequestBody NextStepOutcomeRequest request,
                                                          Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new RecordNextStepOutcome(id, version, nextStepId.toString(), request.outcome(), request.result(),
                        request.rescheduledTo(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/revisions")
    @Operation(summary = "Revise value or expected close date",
            description = "Each change is kept with its reason; a later close date is a slip.")
    ResponseEntity<CommandAccepted> reviseOpportunity(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RevisionRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new ReviseOpportunity(id, version, MoneyRequest.toMoney(request.estimatedValue()),
                        request.expectedCloseOn(), request.reason(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/reviews")
    @Operation(summary = "Record an opportunity review (managers)",
            description = "The answers to the five review questions, the findings, the actions agreed (each joins "
                    + "the closing plan; the answer names them in order) and the date of the next review, which "
                    + "drives \"review due\" in the attention list.")
    ResponseEntity<CommandAccepted> recordOpportunityReview(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReviewRequest request, Authentication user) {
        String id = opportunityId.toString();
        String reviewId = ids.generateId().toString();
        List<AgreedAction> actions = request.actionsAgreed() == null ? List.of() : request.actionsAgreed().stream()
                .map(action -> action.toAgreedAction(ids.generateId().toString()))
                .toList();
        CommandStamp stamp = stamps.stamp(user, request.occurredOn());
        long version = commands.sendAndWait(new RecordOpportunityReview(id, VersionTags.expectedVersion(ifMatch),
                reviewId, request.answers().toAnswers(), request.findings(), actions, request.nextReviewOn(),
                stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
        return ResponseEntity.ok().eTag(VersionTags.of(version)).body(CommandAccepted.reviewed(id, version, reviewId,
                actions.stream().map(AgreedAction::actionId).toList()));
    }

    @PostMapping("/{opportunityId}/win-loss-reviews")
    @Operation(summary = "Record the win/loss review of a closed deal",
            description = "Seed 001's retrospective: external events, tasks, data and information, analysis, "
                    + "decisions, team activities, results, the company's other activities, the strategies that "
                    + "worked and failed, and the action plan. Only a closed deal (won, lost or withdrawn) is "
                    + "reviewed (409 opportunity-not-closed), on or after its close (409 review-before-close).")
    ResponseEntity<CommandAccepted> recordWinLossReview(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WinLossReviewRequest request,
            Authentication user) {
        String reviewId = ids.generateId().toString();
        return sender.sendCreating(opportunityId, ifMatch, user, request.occurredOn(),
                CommandAccepted.Created.WIN_LOSS_REVIEW, reviewId,
                (id, version, stamp) -> new RecordWinLossReview(id, version, reviewId, request.participants(),
                        request.toRetrospective(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/won")
    @Operation(summary = "Close as won",
            description = "The closing-plan actions still open are not closed silently: the answer lists them "
                    + "(openActionIds), and so do the event and the history.")
    ResponseEntity<CommandAccepted> closeAsWon(@PathVariable UUID opportunityId,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody WonRequest request, Authentication user) {
        String id = opportunityId.toString();
        CommandStamp stamp = stamps.stamp(user, request.occurredOn());
        Opportunity.Won won = commands.sendAndWait(new CloseAsWon(id, VersionTags.expectedVersion(ifMatch),
                MoneyRequest.toMoney(request.wonValue()), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
        return ResponseEntity.ok().eTag(VersionTags.of(won.version()))
                .body(CommandAccepted.won(id, won.version(), won.openActionIds()));
    }

    @PostMapping("/{opportunityId}/lost")
    @Operation(summary = "Close as lost", description = "With the reason and, where there is one, the competitor.")
    ResponseEntity<CommandAccepted> closeAsLost(@PathVariable UUID opportunityId,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody LostRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new CloseAsLost(id, version, request.reason(), request.explanation(), request.competitor(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/withdrawal")
    @Operation(summary = "Withdraw",
            description = "No decision, or disqualified: a legitimate outcome, reported apart from losses.")
    ResponseEntity<CommandAccepted> withdrawOpportunity(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WithdrawalRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new Withdraw(id, version, request.kind(), request.reason(),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }

    @PostMapping("/{opportunityId}/reopening")
    @Operation(summary = "Reopen a closed opportunity", description = "It reopens in the stage it was closed in.")
    ResponseEntity<CommandAccepted> reopenOpportunity(
            @PathVariable UUID opportunityId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReopeningRequest request, Authentication user) {
        return sender.send(opportunityId, ifMatch, user, request.occurredOn(), (id, version, stamp) ->
                new Reopen(id, version, request.reason(), stamp.actor(), stamp.recordedAt(), stamp.occurredOn()));
    }
}
