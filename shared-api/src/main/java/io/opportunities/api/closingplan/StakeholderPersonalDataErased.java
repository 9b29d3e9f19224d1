package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's personal data was erased: the key it was encrypted with in the events is gone, so every event naming
 * them reads {@value #ERASED} from now on, in every projection and every replay. This event names nobody.
 */
public record StakeholderPersonalDataErased(String opportunityId,
                                            String stakeholderId,
                                            String recordedBy,
                                            Instant recordedAt,
                                            LocalDate occurredOn) implements ClosingPlanEvent {

    /** What an erased name, title, goal, challenge or personal win reads. */
    public static final String ERASED = "(erased)";
}
