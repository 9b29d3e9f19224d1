package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.ClosingActionPlanned;
import io.opportunities.api.closingplan.ClosingCertaintyOverridden;
import io.opportunities.api.closingplan.ClosingCertaintyOverrideRemoved;
import io.opportunities.api.closingplan.EraseStakeholderPersonalData;
import io.opportunities.api.closingplan.OverrideClosingCertainty;
import io.opportunities.api.closingplan.RemoveClosingCertaintyOverride;
import io.opportunities.api.opportunity.*;
import io.opportunities.api.salesprocess.CertaintyLadder;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.messaging.MessageKeys;
import io.opportunities.platform.security.Actor;
import io.opportunities.platform.security.DealAccess;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.interceptors.ExceptionHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A potential sale to one customer. It decides whether a command may happen and says so with events; only the
 * event sourcing handlers change its state. It keeps just what its rules need. The closing plan's commands are
 * handled by its members, the buying centre and the closing plan, after the checks every change of an open deal
 * passes here.
 * <p>
 * Why this file is over 450 lines: the root still handles the stage moves, the next steps and the certainty override
 * itself, and feeds their state by hand. Splitting it by lines alone would scatter rules that share that state; the
 * split that helps a reader is the one into members that own their handlers (stage moves, certainty, next steps as
 * entities), which changes how the aggregate is put together and is done as a reshaping of its own, with its tests.
 */
@Aggregate(cache = OpportunityCaching.CACHE)
class Opportunity {

    @AggregateIdentifier
    private String opportunityId;
    /** Who sells the deal: the one who records its facts, and whose team's manager reviews it. */
    private String owner;
    private OpportunityStatus status;
    /** Business date of the last change of stage or status: later ones cannot have happened before it. */
    private LocalDate lastChangeOn;
    private Money estimatedValue;
    private LocalDate expectedCloseOn;
    /** Where an imported deal came from; null for a deal opened here. */
    private ImportOrigin importedFrom;
    private final StageMoves stageMoves = new StageMoves();
    private final NextSteps nextSteps = new NextSteps();
    private final ClosingCertainty closingCertainty = new ClosingCertainty();
    @AggregateMember
    private final BuyingCentre buyingCentre = new BuyingCentre();
    @AggregateMember
    private final ClosingPlan closingPlan = new ClosingPlan(buyingCentre);

    protected Opportunity() {
        // for Axon: the state comes from the events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(OpenOpportunity command, SalesProcess salesProcess, DealAccess access,
                @MetaDataValue(MessageKeys.ACTOR_ROLES) String actorRoles) {
        if (!access.mayOpenFor(Actor.of(command.recordedBy(), actorRoles), command.owner())) {
            throw OpportunityRejected.mayNotOpenFor(command.owner());
        }
        requireNotInFuture(command);
        if (command.expectedCloseOn().isBefore(command.occurredOn())) {
            throw OpportunityRejected.expectedCloseBeforeOpening(command.expectedCloseOn(), command.occurredOn());
        }
        apply(new OpportunityOpened(command.opportunityId(), command.customer(), command.title(), command.product(),
                command.owner(), command.estimatedValue(), command.expectedCloseOn(), command.warningSignal(),
                salesProcess.initialStage().code(), null, command.recordedBy(), command.recordedAt(),
                command.occurredOn()));
        return version();
    }

    /**
     * A deal's history from another system, opened with its original dates. Its id comes from its origin: a deal
     * imported before is kept as it is, and the same row changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ImportOpportunityHistory.Result handle(ImportOpportunityHistory command, SalesProcess salesProcess,
                                           DealAccess access,
                                           @MetaDataValue(MessageKeys.ACTOR_ROLES) String actorRoles) {
        if (!access.mayAdminister(Actor.of(command.recordedBy(), actorRoles))) {
            throw OpportunityRejected.importsByAdministrators();
        }
        if (opportunityId != null) {
            ImportedHistory.again(command, opportunityId, importedFrom);
            return ImportOpportunityHistory.Result.UNCHANGED;
        }
        ImportedHistory.eventsOf(command, salesProcess).forEach(AggregateLifecycle::apply);
        return ImportOpportunityHistory.Result.IMPORTED;
    }

    @CommandHandler
    long handle(QualifyOpportunity command) {
        requireOpen();
        requireNotInFuture(command);
        Map<String, QualificationCriterion> criteria = new LinkedHashMap<>();
        criteria.put("identifiedNeed", command.identifiedNeed());
        criteria.put("intentToBuyOrReplace", command.intentToBuyOrReplace());
        criteria.put("funds", command.funds());
        criteria.put("timeFrame", command.timeFrame());
        List<String> unmet = criteria.entrySet().stream()
                .filter(criterion -> !criterion.getValue().met())
                .map(Map.Entry::getKey)
                .toList();
        if (!unmet.isEmpty()) {
            throw OpportunityRejected.qualificationCriteriaNotMet(unmet);
        }
        apply(new OpportunityQualified(opportunityId, command.identifiedNeed(), command.intentToBuyOrReplace(),
                command.funds(), command.timeFrame(), command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    @CommandHandler
    long handle(RecordBuyingAction command, SalesProcess salesProcess) {
        requireOpen();
        requireNotInFuture(command);
        if (salesProcess.buyingActionType(command.type()).isEmpty()) {
            throw OpportunityRejected.unknownBuyingActionType(command.type());
        }
        CertaintyLadder ladder = salesProcess.certaintyLadder();
        closingCertainty.requireRolesFor(command.type(), ladder, buyingCentre);
        CertaintyLadder.Standing before = closingCertainty.standing(ladder);
        apply(new BuyingActionRecorded(opportunityId, command.buyingActionId(), command.type(),
                command.description(), command.evidence(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        closingCertainty.changeAfter(command, before, ladder).ifPresent(AggregateLifecycle::apply);
        return version();
    }

    @CommandHandler
    long handle(AdvanceStage command, SalesProcess salesProcess) {
        requireOpen();
        requireChangeDate(command);
        apply(stageMoves.advance(command, salesProcess));
        return version();
    }

    @CommandHandler
    long handle(MoveBackStage command, SalesProcess salesProcess) {
        requireOpen();
        requireChangeDate(command);
        apply(stageMoves.moveBack(command, salesProcess));
        return version();
    }

    @CommandHandler
    long handle(AgreeNextStep command) {
        requireOpen();
        requireNotInFuture(command);
        if (command.dueOn().isBefore(command.occurredOn())) {
            throw OpportunityRejected.nextStepDueBeforeAgreed(command.dueOn(), command.occurredOn());
        }
        apply(new NextStepAgreed(opportunityId, command.nextStepId(), command.description(), command.goal(),
                command.dueOn(), command.customerOwner(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    @CommandHandler
    long handle(RecordNextStepOutcome command) {
        requireOpen();
        requireNotInFuture(command);
        apply(nextSteps.outcomeOf(command));
        return version();
    }

    @CommandHandler
    long handle(ReviseOpportunity command) {
        requireOpen();
        requireNotInFuture(command);
        boolean valueChanges = command.estimatedValue() != null && !sameMoney(command.estimatedValue(), estimatedValue);
        boolean dateChanges = command.expectedCloseOn() != null
                && !command.expectedCloseOn().equals(expectedCloseOn);
        if (!valueChanges && !dateChanges) {
            throw OpportunityRejected.nothingToRevise();
        }
        if (valueChanges) {
            apply(new EstimatedValueRevised(opportunityId, estimatedValue, command.estimatedValue(), command.reason(),
                    command.recordedBy(), command.recordedAt(), command.occurredOn()));
        }
        if (dateChanges) {
            apply(new ExpectedCloseDateMoved(opportunityId, expectedCloseOn, command.expectedCloseOn(),
                    command.reason(), command.recordedBy(), command.recordedAt(), command.occurredOn()));
        }
        return version();
    }

    /**
     * A manager's review of the open deal. The actions agreed join the closing plan, each checked as if planned on
     * its own; the next review must come after this one.
     */
    @CommandHandler
    long handle(RecordOpportunityReview command) {
        requireOpen();
        requireNotInFuture(command);
        if (!command.nextReviewOn().isAfter(command.occurredOn())) {
            throw OpportunityRejected.nextReviewNotAfterReview(command.nextReviewOn(), command.occurredOn());
        }
        List<ClosingActionPlanned> planned = command.actionsAgreed().stream()
                .map(action -> closingPlan.planned(action, command))
                .toList();
        apply(new OpportunityReviewed(opportunityId, command.reviewId(), stageMoves.stage(), command.answers(),
                command.findings(), planned.stream().map(ClosingActionPlanned::actionId).toList(),
                command.nextReviewOn(), command.recordedBy(), command.recordedAt(), command.occurredOn()));
        planned.forEach(AggregateLifecycle::apply);
        return version();
    }

    /** The outcome of a win: the new version, and the closing-plan actions left open, so none is left silently. */
    record Won(long version, List<String> openActionIds) {
    }

    @CommandHandler
    Won handle(CloseAsWon command) {
        requireOpen();
        requireChangeDate(command);
        Money wonValue = command.wonValue() != null ? command.wonValue() : estimatedValue;
        List<String> openActionIds = closingPlan.openActionIds();
        apply(new OpportunityWon(opportunityId, wonValue, stageMoves.stage(), openActionIds,
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return new Won(version(), openActionIds);
    }

    @CommandHandler
    long handle(CloseAsLost command) {
        requireOpen();
        requireChangeDate(command);
        if (command.reason() == LossReason.NOT_RECORDED) {
            throw OpportunityRejected.lossReasonRequired();
        }
        apply(new OpportunityLost(opportunityId, command.reason(), command.explanation(), command.competitor(), stageMoves.stage(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    @CommandHandler
    long handle(Withdraw command) {
        requireOpen();
        requireChangeDate(command);
        apply(new OpportunityWithdrawn(opportunityId, command.kind(), command.reason(), stageMoves.stage(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    @CommandHandler
    long handle(Reopen command) {
        if (status == OpportunityStatus.OPEN) {
            throw OpportunityRejected.notClosed(opportunityId);
        }
        requireChangeDate(command);
        apply(new OpportunityReopened(opportunityId, command.reason(), stageMoves.stage(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    /** The team's retrospective of a closed deal: what happened, what worked, what failed, what to do next time. */
    @CommandHandler
    long handle(RecordWinLossReview command) {
        if (status == OpportunityStatus.OPEN) {
            throw OpportunityRejected.reviewOfOpenDeal(opportunityId);
        }
        requireNotInFuture(command);
        if (command.occurredOn().isBefore(lastChangeOn)) {
            throw OpportunityRejected.reviewBeforeClose(command.occurredOn(), lastChangeOn);
        }
        apply(new WinLossReviewRecorded(opportunityId, command.reviewId(), status, command.participants(),
                command.retrospective(), command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    @CommandHandler
    long handle(OverrideClosingCertainty command, SalesProcess salesProcess) {
        BuyingCentre.requireRange("certainty", command.certainty(), 0, 100);
        apply(new ClosingCertaintyOverridden(opportunityId, command.certainty(),
                closingCertainty.standing(salesProcess.certaintyLadder()).certainty(), command.reason(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    @CommandHandler
    long handle(RemoveClosingCertaintyOverride command, SalesProcess salesProcess) {
        if (!closingCertainty.overridden()) {
            throw OpportunityRejected.noCertaintyOverride();
        }
        apply(new ClosingCertaintyOverrideRemoved(opportunityId,
                closingCertainty.standing(salesProcess.certaintyLadder()).certainty(), command.reason(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return version();
    }

    /**
     * Before any change: only those the deal's access rules allow send it (see {@link CommandAccess}); a sender who
     * may not even see the deal is told it does not exist. This comes before every other check, so no answer tells
     * anything of a deal to somebody who may not see it, not even a version conflict. Then the expected version
     * (If-Match) is a precondition, checked before any rule (RFC 9110, 13.2.2): a command sent for another version
     * than the deal's is a version conflict whatever it asks, and stores nothing. (Axon's event-sourcing repository
     * would check it only once the handler had run, so that a broken rule spoke first.) Every change to the closing
     * plan, handled here or by a member, also needs an open deal and a plausible date; the opportunity's own commands
     * check those rules in their handlers, where each needs them.
     */
    @CommandHandlerInterceptor
    Object everyChange(OpportunityChange command, DealAccess access,
                       @MetaDataValue(MessageKeys.ACTOR_ROLES) String actorRoles, InterceptorChain chain)
            throws Exception {
        CommandAccess.require(command, Actor.of(command.recordedBy(), actorRoles), opportunityId, owner, access);
        requireExpectedVersion(command);
        if (command instanceof EraseStakeholderPersonalData) {
            requireNotInFuture(command); // open or closed: a person's right to erasure does not end with the deal
        } else if (command instanceof ClosingPlanChange) {
            requireOpen();
            requireNotInFuture(command);
        }
        return chain.proceed();
    }

    /** The rejection's details, not its type, survive the command bus; the REST layer maps them to a problem. */
    @ExceptionHandler(resultType = OpportunityRejected.class)
    void rejected(OpportunityRejected rejected) {
        throw new CommandExecutionException(rejected.getMessage(), rejected, rejected.rejection());
    }

    private void requireExpectedVersion(OpportunityChange command) {
        Long current = AggregateLifecycle.getVersion();
        if (command.expectedVersion() != null && !command.expectedVersion().equals(current)) {
            throw new ConflictingAggregateVersionException(opportunityId, command.expectedVersion(), current);
        }
    }

    /** Every command answers with the opportunity's version after it: the client's next If-Match. */
    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    private void requireOpen() {
        if (status != OpportunityStatus.OPEN) {
            throw OpportunityRejected.notOpen(opportunityId, status);
        }
    }

    private static void requireNotInFuture(OpportunityCommand command) {
        BusinessDates.requireNotInFuture(command.recordedAt(), command.occurredOn());
    }

    private void requireChangeDate(OpportunityCommand command) {
        requireNotInFuture(command);
        if (command.occurredOn().isBefore(lastChangeOn)) {
            throw OpportunityRejected.occurredBeforeLastChange(command.occurredOn(), lastChangeOn);
        }
    }

    private static boolean sameMoney(Money a, Money b) {
        return Objects.equals(a.currency(), b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }

    @EventSourcingHandler
    void on(OpportunityOpened event) {
        opportunityId = event.opportunityId();
        owner = event.owner();
        status = OpportunityStatus.OPEN;
        stageMoves.entered(event.stage());
        lastChangeOn = event.occurredOn();
        estimatedValue = event.estimatedValue();
        expectedCloseOn = event.expectedCloseOn();
        importedFrom = event.importedFrom();
    }

    @EventSourcingHandler
    void on(OpportunityQualified event) {
        stageMoves.qualified();
    }

    @EventSourcingHandler
    void on(BuyingActionRecorded event) {
        stageMoves.buyingActionRecorded(event.buyingActionType(), event.buyingActionId());
        closingCertainty.buyingActionRecorded(event.buyingActionType(), event.buyingActionId());
    }

    @EventSourcingHandler
    void on(ClosingCertaintyOverridden event) {
        closingCertainty.overridden(true);
    }

    @EventSourcingHandler
    void on(ClosingCertaintyOverrideRemoved event) {
        closingCertainty.overridden(false);
    }

    @EventSourcingHandler
    void on(StageAdvanced event) {
        stageMoves.entered(event.toStage());
        lastChangeOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(StageMovedBack event) {
        stageMoves.entered(event.toStage());
        lastChangeOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(NextStepAgreed event) {
        nextSteps.on(event);
    }

    @EventSourcingHandler
    void on(NextStepCompleted event) {
        nextSteps.on(event);
    }

    @EventSourcingHandler
    void on(NextStepMissed event) {
        nextSteps.on(event);
    }

    @EventSourcingHandler
    void on(NextStepRescheduled event) {
        nextSteps.on(event);
    }

    @EventSourcingHandler
    void on(EstimatedValueRevised event) {
        estimatedValue = event.estimatedValue();
    }

    @EventSourcingHandler
    void on(ExpectedCloseDateMoved event) {
        expectedCloseOn = event.expectedCloseOn();
    }

    @EventSourcingHandler
    void on(OpportunityWon event) {
        closed(OpportunityStatus.WON, event);
    }

    @EventSourcingHandler
    void on(OpportunityLost event) {
        closed(OpportunityStatus.LOST, event);
    }

    @EventSourcingHandler
    void on(OpportunityWithdrawn event) {
        closed(OpportunityStatus.WITHDRAWN, event);
    }

    @EventSourcingHandler
    void on(OpportunityReopened event) {
        status = OpportunityStatus.OPEN;
        lastChangeOn = event.occurredOn();
    }

    private void closed(OpportunityStatus outcome, OpportunityEvent event) {
        status = outcome;
        lastChangeOn = event.occurredOn();
    }
}
