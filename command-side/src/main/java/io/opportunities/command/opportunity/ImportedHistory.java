package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.*;
import io.opportunities.api.salesprocess.SalesProcess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events an imported history makes: the opening in the process's first stage, each stage entered on its date,
 * then the close. The source vouches for the stage moves, so no exit criteria are asked for; the dates must still
 * tell a history that could have happened: in order, none before the opening, none still to come.
 */
final class ImportedHistory {

    private ImportedHistory() {
    }

    static List<OpportunityEvent> eventsOf(ImportOpportunityHistory command, SalesProcess process) {
        BusinessDates.requireNotInFuture(command.recordedAt(), command.occurredOn());
        if (command.expectedCloseOn().isBefore(command.occurredOn())) {
            throw OpportunityRejected.expectedCloseBeforeOpening(command.expectedCloseOn(), command.occurredOn());
        }
        List<OpportunityEvent> events = new ArrayList<>();
        String stage = process.initialStage().code();
        events.add(new OpportunityOpened(command.opportunityId(), command.customer(), command.title(),
                command.product(), command.owner(), command.estimatedValue(), command.expectedCloseOn(),
                command.warningSignal(), stage, command.origin(), command.recordedBy(), command.recordedAt(),
                command.occurredOn()));
        LocalDate lastChangeOn = command.occurredOn();
        for (StageEntry entry : command.stages()) {
            if (process.stage(entry.stage()).isEmpty()) {
                throw OpportunityRejected.unknownStage(entry.stage());
            }
            if (entry.stage().equals(stage) && entry.enteredOn().equals(lastChangeOn)) {
                continue; // the opening entered it already
            }
            if (process.positionOf(entry.stage()) <= process.positionOf(stage)
                    || entry.enteredOn().isBefore(lastChangeOn)) {
                throw OpportunityRejected.importedStagesOutOfOrder(entry.stage(), entry.enteredOn());
            }
            BusinessDates.requireNotInFuture(command.recordedAt(), entry.enteredOn());
            events.add(new StageAdvanced(command.opportunityId(), stage, entry.stage(), List.of(),
                    command.recordedBy(), command.recordedAt(), entry.enteredOn()));
            stage = entry.stage();
            lastChangeOn = entry.enteredOn();
        }
        if (command.outcome() != null) {
            events.add(closing(command, command.outcome(), stage, lastChangeOn));
        }
        return events;
    }

    private static OpportunityEvent closing(ImportOpportunityHistory command, ImportedOutcome outcome, String stage,
                                            LocalDate lastChangeOn) {
        LocalDate on = Objects.requireNonNull(outcome.closedOn(), "closedOn");
        if (on.isBefore(lastChangeOn)) {
            throw OpportunityRejected.occurredBeforeLastChange(on, lastChangeOn);
        }
        BusinessDates.requireNotInFuture(command.recordedAt(), on);
        return switch (outcome.status()) {
            case WON -> {
                if (outcome.wonValue() == null) {
                    throw OpportunityRejected.importedOutcomeIncomplete("a won deal needs its won value");
                }
                yield new OpportunityWon(command.opportunityId(), outcome.wonValue(), stage, List.of(),
                        command.recordedBy(), command.recordedAt(), on);
            }
            case LOST -> new OpportunityLost(command.opportunityId(),
                    outcome.lossReason() == null ? LossReason.NOT_RECORDED : outcome.lossReason(),
                    outcome.explanation(), null, stage, command.recordedBy(), command.recordedAt(), on);
            case WITHDRAWN -> {
                if (outcome.withdrawalKind() == null) {
                    throw OpportunityRejected.importedOutcomeIncomplete("a withdrawn deal needs its kind");
                }
                yield new OpportunityWithdrawn(command.opportunityId(), outcome.withdrawalKind(),
                        outcome.explanation(), stage, command.recordedBy(), command.recordedAt(), on);
            }
            case OPEN -> throw OpportunityRejected.importedOutcomeIncomplete("an outcome is won, lost or withdrawn");
        };
    }

    /**
     * A second import of a deal already kept: the same row changes nothing; a row changed since is refused, and so
     * is an import onto a deal opened here.
     */
    static void again(ImportOpportunityHistory command, String opportunityId, ImportOrigin importedFrom) {
        if (importedFrom == null) {
            throw OpportunityRejected.notImported(opportunityId);
        }
        if (!Objects.equals(importedFrom.fingerprint(), command.origin().fingerprint())) {
            throw OpportunityRejected.changedInSource(importedFrom.source(), importedFrom.externalId(),
                    command.origin().line());
        }
    }
}
