package io.opportunities.query.winloss;

import io.opportunities.api.closingplan.ClosingCertaintyChanged;
import io.opportunities.api.closingplan.ClosingCertaintyOverrideRemoved;
import io.opportunities.api.closingplan.ClosingCertaintyOverridden;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.opportunity.*;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.query.closingplan.ClosingPlanDocument;
import io.opportunities.query.timeline.DealState;
import io.opportunities.query.timeline.StagePath;
import io.opportunities.query.timeline.TimelineEntry;
import io.opportunities.query.winloss.WinLossReview.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays one deal's events into its win/loss review. The stage path and the probability path come from the same
 * folds the timeline uses; the buying centre and the open items from the planning sheet's fold, applied to the
 * events up to the final close, so they stand as they did at the moment of closing.
 */
final class DealStory {

    /** An event of the deal with its sequence number, in stream order. */
    record Recorded(OpportunityEvent event, long version) {
    }

    /** The roles whose people decide or tell us how the decision is made: a buying centre lacking one is a gap. */
    private static final Set<StakeholderRole> KEY_ROLES = EnumSet.of(StakeholderRole.APPROVER,
            StakeholderRole.DECISION_MAKER, StakeholderRole.INFLUENCER, StakeholderRole.SPONSOR);

    private DealStory() {
    }

    /** The review, or empty while the deal is open (never closed, or reopened since). */
    static Optional<WinLossReview> of(List<Recorded> events, SalesProcess process) {
        int close = finalClose(events);
        if (close < 0 || !(events.get(0).event() instanceof OpportunityOpened opened)) {
            return Optional.empty();
        }
        int baseCertainty = process.certaintyLadder().baseCertainty();
        StagePath path = new StagePath();
        DealState state = new DealState(opened.opportunityId(), opened.owner(), opened.customer(), opened.title(),
                opened.product());
        List<ProbabilityPoint> probability = new ArrayList<>();
        ClosingPlanDocument plan = ClosingPlanDocument.opened(opened, events.get(0).version(), baseCertainty);
        List<Regression> regressions = new ArrayList<>();
        List<Slip> slips = new ArrayList<>();
        Map<String, StepFold> steps = new LinkedHashMap<>();
        int reopened = 0;
        for (int i = 0; i <= close; i++) {
            Recorded recorded = events.get(i);
            OpportunityEvent event = recorded.event();
            if (i > 0) {
                plan.apply(event, recorded.version());
            }
            Optional<TimelineEntry> entry = TimelineEntry.of(event, recorded.version(), baseCertainty);
            if (entry.isPresent()) {
                path.apply(entry.get());
                int before = i == 0 ? -1 : state.probability();
                state.apply(entry.get());
                if (state.probability() != before) {
                    probability.add(new ProbabilityPoint(event.occurredOn(), event.recordedAt(), state.probability(),
                            entry.get().change().name(), why(event)));
                }
            }
            if (event instanceof StageMovedBack back) {
                regressions.add(new Regression(back.occurredOn(), back.fromStage(), back.toStage(), back.reason(),
                        back.recordedBy()));
            } else if (event instanceof ExpectedCloseDateMoved moved
                    && moved.expectedCloseOn().isAfter(moved.previousExpectedCloseOn())) {
                slips.add(new Slip(moved.occurredOn(), moved.previousExpectedCloseOn(), moved.expectedCloseOn(),
                        ChronoUnit.DAYS.between(moved.previousExpectedCloseOn(), moved.expectedCloseOn()),
                        moved.reason(), moved.recordedBy()));
            } else if (event instanceof OpportunityReopened) {
                reopened++;
            }
            StepFold.apply(steps, event);
        }
        OpportunityEvent closing = events.get(close).event();
        List<Retrospective> retrospectives = events.subList(close + 1, events.size()).stream()
                .map(Recorded::event)
                .filter(WinLossReviewRecorded.class::isInstance)
                .map(WinLossReviewRecorded.class::cast)
                .map(review -> new Retrospective(review.reviewId(), review.occurredOn(), review.recordedBy(),
                        review.participants(), review.retrospective()))
                .toList();
        return Optional.of(new WinLossReview(opened.opportunityId(), events.get(events.size() - 1).version(),
                opened.customer(), opened.title(), opened.product(), opened.owner(), opened.occurredOn(),
                outcome(closing, state, reopened), ChronoUnit.DAYS.between(path.openedOn(), closing.occurredOn()),
                stays(path, process), timeInStage(path, process), regressions, nextSteps(steps), slips, probability,
                buyingCentre(plan), openAtClose(plan), retrospectives));
    }

    /** The position of the close that ended the deal: the last close not undone by a reopening; -1 if none. */
    private static int finalClose(List<Recorded> events) {
        int close = -1;
        for (int i = 0; i < events.size(); i++) {
            OpportunityEvent event = events.get(i).event();
            if (event instanceof OpportunityWon || event instanceof OpportunityLost
                    || event instanceof OpportunityWithdrawn) {
                close = i;
            } else if (event instanceof OpportunityReopened) {
                close = -1;
            }
        }
        return close;
    }

    private static String why(OpportunityEvent event) {
        if (event instanceof OpportunityOpened) {
            return "Opened: the ladder's first step";
        }
        if (event instanceof ClosingCertaintyChanged changed) {
            return changed.reachedMilestone() == null ? "Certainty changed" : changed.reachedMilestone();
        }
        if (event instanceof ClosingCertaintyOverridden overridden) {
            return "Overridden by " + overridden.recordedBy() + ": " + overridden.reason();
        }
        if (event instanceof ClosingCertaintyOverrideRemoved removed) {
            return "Override removed: " + removed.reason();
        }
        if (event instanceof OpportunityWon) {
            return "Won";
        }
        if (event instanceof OpportunityLost) {
            return "Lost";
        }
        if (event instanceof OpportunityWithdrawn) {
            return "Withdrawn";
        }
        if (event instanceof OpportunityReopened reopened) {
            return "Reopened: " + reopened.reason();
        }
        return event.getClass().getSimpleName();
    }

    private static Outcome outcome(OpportunityEvent closing, DealState state, int reopened) {
        Money estimated = new Money(state.amount(), state.currency());
        if (closing instanceof OpportunityWon won) {
            return new Outcome(OpportunityStatus.WON, won.occurredOn(), won.stage(), estimated, won.wonValue(), null,
                    null, null, null, reopened);
        }
        if (closing instanceof OpportunityLost lost) {
            return new Outcome(OpportunityStatus.LOST, lost.occurredOn(), lost.stage(), estimated, null,
                    lost.reason().name(), lost.competitor(), null, lost.explanation(), reopened);
        }
        OpportunityWithdrawn withdrawn = (OpportunityWithdrawn) closing;
        return new Outcome(OpportunityStatus.WITHDRAWN, withdrawn.occurredOn(), withdrawn.stage(), estimated, null,
                null, null, withdrawn.kind().name(), withdrawn.reason(), reopened);
    }

    private static List<Stay> stays(StagePath path, SalesProcess process) {
        return path.stays().stream()
                .map(stay -> new Stay(stay.stage(), name(stay.stage(), process), stay.enteredOn(), stay.leftOn(),
                        stay.days(), stay.exit(), stay.nextStage()))
                .toList();
    }

    private static List<StageTime> timeInStage(StagePath path, SalesProcess process) {
        Map<String, long[]> byStage = new LinkedHashMap<>();
        process.stages().forEach(stage -> byStage.put(stage.code(), new long[2]));
        path.stays().forEach(stay -> {
            long[] tally = byStage.computeIfAbsent(stay.stage(), code -> new long[2]);
            tally[0]++;
            tally[1] += stay.days();
        });
        return byStage.entrySet().stream()
                .map(entry -> new StageTime(entry.getKey(), name(entry.getKey(), process), (int) entry.getValue()[0],
                        entry.getValue()[1]))
                .toList();
    }

    private static String name(String code, SalesProcess process) {
        return process.stage(code).map(Stage::name).orElse(code);
    }

    private static NextSteps nextSteps(Map<String, StepFold> folds) {
        List<Step> steps = folds.values().stream().map(StepFold::step).toList();
        int kept = (int) steps.stream().filter(step -> Boolean.TRUE.equals(step.onTime())).count();
        int late = (int) steps.stream().filter(step -> "DONE".equals(step.outcome()) && !step.onTime()).count();
        int missed = (int) steps.stream().filter(step -> "MISSED".equals(step.outcome())).count();
        int rescheduled = (int) steps.stream().filter(step -> step.timesRescheduled() > 0).count();
        int open = (int) steps.stream().filter(step -> step.outcome() == null).count();
        return new NextSteps(steps.size(), kept, late, missed, rescheduled, open, steps);
    }

    private static BuyingCentre buyingCentre(ClosingPlanDocument plan) {
        List<Person> people = new ArrayList<>();
        Set<StakeholderRole> covered = EnumSet.noneOf(StakeholderRole.class);
        int assessed = 0;
        int favourable = 0;
        int removed = 0;
        for (ClosingPlanDocument.Stakeholder person : plan.stakeholders) {
            if (!person.active()) {
                removed++;
                continue;
            }
            covered.add(person.role);
            ClosingPlanDocument.Assessment last = person.current().orElse(null);
            if (last != null) {
                assessed++;
                if (last.relationship > 0) {
                    favourable++;
                }
            }
            people.add(new Person(person.stakeholderId, person.name, person.title, person.role,
                    person.influencerGrade, last == null ? null : last.receptivity,
                    last == null ? null : last.influence, last == null ? null : last.relationship,
                    last == null ? null : last.assessedOn));
        }
        List<StakeholderRole> missing = KEY_ROLES.stream().filter(role -> !covered.contains(role)).toList();
        return new BuyingCentre(people, List.copyOf(covered), missing, assessed, favourable, removed);
    }

    private static OpenAtClose openAtClose(ClosingPlanDocument plan) {
        return new OpenAtClose(
                plan.risks.stream().filter(risk -> risk.mitigation == null)
                        .map(risk -> new Risk(risk.riskId, risk.description, risk.category, risk.recordedOn)).toList(),
                plan.informationGaps.stream().filter(gap -> gap.answer == null)
                        .map(gap -> new InformationGap(gap.informationGapId, gap.question, gap.recordedOn)).toList(),
                plan.actions.stream().filter(action -> "OPEN".equals(action.status))
                        .map(action -> new Action(action.actionId, action.what, action.owner, action.dueOn)).toList(),
                plan.internalDecisions.stream().filter(decision -> decision.decision == null)
                        .map(decision -> new Decision(decision.internalDecisionId, decision.question,
                                decision.decidedBy, decision.requestedOn)).toList());
    }

    /** One next step, followed from its agreement to its outcome. */
    private static final class StepFold {
        private final NextStepAgreed agreed;
        private LocalDate dueOn;
        private int rescheduled;
        private String outcome;
        private LocalDate settledOn;
        private String result;

        private StepFold(NextStepAgreed agreed) {
            this.agreed = agreed;
            this.dueOn = agreed.dueOn();
        }

        static void apply(Map<String, StepFold> steps, OpportunityEvent event) {
            if (event instanceof NextStepAgreed agreed) {
                steps.put(agreed.nextStepId(), new StepFold(agreed));
            } else if (event instanceof NextStepRescheduled moved && steps.containsKey(moved.nextStepId())) {
                StepFold step = steps.get(moved.nextStepId());
                step.dueOn = moved.dueOn();
                step.rescheduled++;
            } else if (event instanceof NextStepCompleted done && steps.containsKey(done.nextStepId())) {
                steps.get(done.nextStepId()).settle("DONE", done.occurredOn(), done.result());
            } else if (event instanceof NextStepMissed missed && steps.containsKey(missed.nextStepId())) {
                steps.get(missed.nextStepId()).settle("MISSED", missed.occurredOn(), missed.result());
            }
        }

        private void settle(String how, LocalDate on, String what) {
            outcome = how;
            settledOn = on;
            result = what;
        }

        Step step() {
            Boolean onTime = outcome == null ? null : "DONE".equals(outcome) && !settledOn.isAfter(dueOn);
            return new Step(agreed.nextStepId(), agreed.description(), agreed.goal(), agreed.customerOwner(),
                    agreed.occurredOn(), agreed.dueOn(), dueOn, rescheduled, outcome, settledOn, onTime, result);
        }
    }
}
