package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.RecordRisk;
import io.opportunities.api.closingplan.RiskCategory;
import io.opportunities.api.closingplan.RiskRecorded;
import io.opportunities.api.opportunity.AdvanceStage;
import io.opportunities.api.opportunity.CloseAsWon;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * If-Match is a precondition: a command sent for another version than the deal's is a version conflict before any
 * business rule is asked, and stores nothing; for the deal's own version, the rules decide as always.
 */
class ExpectedVersionTest extends OpportunityFixtureTest {

    @Test
    void givenADealAtVersionOne_whenACommandExpectsVersionZero_thenAVersionConflictAndNoEvent() {
        fixture.given(opened(), qualified())
                .when(new CloseAsWon(ID, 0L, null, REP, NOW, day("2026-10-05")))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    /** The rule a stale command would break (no forward move: the deal is in that stage already) is not asked. */
    @Test
    void givenAStaleVersion_whenTheCommandWouldAlsoBreakARule_thenTheVersionConflictSpeaksFirst() {
        fixture.given(opened(), qualified(), buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                        advanced("IDENTIFY", "UNDERSTAND_NEED", List.of("ba-1"), "2026-10-04"))
                .when(new AdvanceStage(ID, 2L, "UNDERSTAND_NEED", REP, NOW, day("2026-10-05")))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    /** A version the deal never had is no more current than an old one. */
    @Test
    void givenADealAtVersionOne_whenACommandExpectsALaterVersion_thenAVersionConflict() {
        fixture.given(opened(), qualified())
                .when(new CloseAsWon(ID, 7L, null, REP, NOW, day("2026-10-05")))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    /** The closing plan's commands, handled by a member of the aggregate, answer to the same precondition. */
    @Test
    void givenADealAtVersionOne_whenAClosingPlanCommandExpectsVersionZero_thenAVersionConflict() {
        fixture.given(opened(), qualified())
                .when(new RecordRisk(ID, 0L, "risk-1", "Budget freeze", RiskCategory.CUSTOMER, REP, NOW,
                        day("2026-10-05")))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void givenADealAtVersionOne_whenACommandExpectsVersionOne_thenItIsHandled() {
        fixture.given(opened(), qualified())
                .when(new RecordRisk(ID, 1L, "risk-1", "Budget freeze", RiskCategory.CUSTOMER, REP, NOW,
                        day("2026-10-05")))
                .expectEvents(new RiskRecorded(ID, "risk-1", "Budget freeze", RiskCategory.CUSTOMER, REP, NOW,
                        day("2026-10-05")));
    }

    /**
     * Whoever may not change the deal learns nothing of its version: the access rules speak first. The manager may
     * see it and is told it is not hers to change; another rep is told there is no such deal.
     */
    @Test
    void givenAStaleVersion_whenSomebodyElseSendsTheCommand_thenRejectedByTheAccessRules() {
        rejectedBy(fixture.given(opened(), qualified())
                .when(new CloseAsWon(ID, 0L, null, "maria", NOW, day("2026-10-05"))), "not-the-owner");
        rejectedBy(fixture.given(opened(), qualified())
                .when(new CloseAsWon(ID, 0L, null, "sam", NOW, day("2026-10-05"))), "unknown-opportunity");
    }
}
