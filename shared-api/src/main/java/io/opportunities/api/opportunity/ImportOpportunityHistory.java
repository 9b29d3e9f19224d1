package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Bring a deal's history over from another system with its original business dates: opened on {@code occurredOn}
 * in the process's first stage, then each of {@code stages} entered on its date, then closed as {@code outcome}
 * says (null: still open). The exit criteria of the stages it moved through are not asked for, since the source
 * vouches for those moves and the opening says where it came from. The id is derived from the origin, so a deal
 * imported before is left as it is.
 */
public record ImportOpportunityHistory(@TargetAggregateIdentifier String opportunityId,
                                       ImportOrigin origin,
                                       String customer,
                                       String title,
                                       String product,
                                       String owner,
                                       Money estimatedValue,
                                       LocalDate expectedCloseOn,
                                       WarningSignal warningSignal,
                                       List<StageEntry> stages,
                                       ImportedOutcome outcome,
                                       String recordedBy,
                                       Instant recordedAt,
                                       LocalDate occurredOn) implements OpportunityCommand {

    /** What an import did with the deal: added its history, or found it kept already from the same row. */
    public enum Result { IMPORTED, UNCHANGED }

    public ImportOpportunityHistory {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
