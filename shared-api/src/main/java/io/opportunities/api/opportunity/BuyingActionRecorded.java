package io.opportunities.api.opportunity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The customer verifiably did something the sales process names: a buying action of the catalogue's type
 * {@code buyingActionType}, described, with its evidence.
 * <p>
 * Revision 2 names the type {@code buyingActionType}; revision 1 (stored without a revision) called it {@code type},
 * which read like the event's own type in the event log. {@code BuyingActionRecordedUpcaster} reads revision 1 as
 * revision 2: the stored events stay as they were.
 */
@Revision("2")
public record BuyingActionRecorded(String opportunityId,
                                   String buyingActionId,
                                   String buyingActionType,
                                   String description,
                                   String evidence,
                                   String recordedBy,
                                   Instant recordedAt,
                                   LocalDate occurredOn) implements OpportunityEvent {
}
