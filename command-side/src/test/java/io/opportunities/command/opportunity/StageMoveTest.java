package io.opportunities.command.opportunity;

import io.opportunities.api.CommandRejection;
import io.opportunities.api.opportunity.MoveBackStage;
import io.opportunities.api.opportunity.StageMovedBack;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class StageMoveTest extends OpportunityFixtureTest {

    @Test
    void givenQualifiedWithTheExitCriterion_whenAdvance_thenAdvancedWithTheBuyingActionAsEvidence() {
        fixture.given(opened(), qualified(), buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"))
                .when(advance("UNDERSTAND_NEED", "2026-10-04"))
                .expectEvents(advanced("IDENTIFY", "UNDERSTAND_NEED", List.of("ba-1"), "2026-10-04"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void givenEveryCriterionOnTheWay_whenAdvancePastTwoStages_thenAdvancedInOneMove() {
        fixture.given(opened(), qualified(),
                        buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                        buyingActionRecorded("ba-2", "KEY_INFORMATION_SHARED", "2026-10-04"),
                        buyingActionRecorded("ba-3", "KEY_ISSUES_AGREED", "2026-10-05"),
                        buyingActionRecorded("ba-4", "KEY_ISSUES_AGREED", "2026-10-06"))
                .when(advance("SHAPE_VISION", "2026-10-07"))
                .expectEvents(advanced("IDENTIFY", "SHAPE_VISION", List.of("ba-1", "ba-2", "ba-3"), "2026-10-07"));
    }

    @Test
    void givenOpenOpportunityWithoutBuyingActions_whenAdvance_thenRejectedNamingTheMissingOnes() {
        fixture.given(opened(), qualified())
                .when(advance("SHAPE_VISION", "2026-10-07"))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new CommandRejection("exit-criteria-missing",
                        CommandRejection.Kind.RULE_BROKEN, Map.of("toStage", "SHAPE_VISION", "missingBuyingActions",
                        List.of("DECISION_MAKER_CONTACTED", "KEY_INFORMATION_SHARED", "KEY_ISSUES_AGREED"))));
    }

    @Test
    void givenNotQualified_whenAdvanceOutOfAStageThatRequiresIt_thenRejected() {
        rejectedBy(fixture.given(opened(), buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"))
                .when(advance("UNDERSTAND_NEED", "2026-10-04")), "qualification-required");
    }

    @Test
    void givenOpenOpportunity_whenAdvanceToAStageTheProcessDoesNotHave_thenRejected() {
        rejectedBy(fixture.given(opened()).when(advance("CELEBRATE", "2026-10-04")), "unknown-stage");
    }

    @Test
    void givenOpenOpportunity_whenAdvanceToItsOwnStage_thenRejected() {
        rejectedBy(fixture.given(opened()).when(advance("IDENTIFY", "2026-10-04")), "not-a-forward-move");
    }

    @Test
    void givenAdvancedOnTheFourth_whenAdvanceDatedEarlier_thenRejected() {
        rejectedBy(fixture.given(opened(), qualified(),
                        buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                        advanced("IDENTIFY", "UNDERSTAND_NEED", List.of("ba-1"), "2026-10-04"),
                        buyingActionRecorded("ba-2", "KEY_INFORMATION_SHARED", "2026-10-04"),
                        buyingActionRecorded("ba-3", "KEY_ISSUES_AGREED", "2026-10-04"))
                .when(advance("SHAPE_VISION", "2026-10-03")), "occurred-before-last-change");
    }

    @Test
    void givenAdvancedOpportunity_whenMoveBackWithReason_thenMovedBack() {
        fixture.given(opened(), qualified(), buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                        advanced("IDENTIFY", "UNDERSTAND_NEED", List.of("ba-1"), "2026-10-04"))
                .when(new MoveBackStage(ID, null, "IDENTIFY", "Merger: new decision maker", REP, NOW, day("2026-10-09")))
                .expectEvents(new StageMovedBack(ID, "UNDERSTAND_NEED", "IDENTIFY", "Merger: new decision maker",
                        REP, NOW, day("2026-10-09")));
    }

    @Test
    void givenOpportunityInTheFirstStage_whenMoveBack_thenRejected() {
        rejectedBy(fixture.given(opened())
                .when(new MoveBackStage(ID, null, "IDENTIFY", "why not", REP, NOW, day("2026-10-09"))),
                "not-a-backward-move");
    }

    @Test
    void givenOpenOpportunity_whenMoveBackToAnUnknownStage_thenRejected() {
        rejectedBy(fixture.given(opened())
                .when(new MoveBackStage(ID, null, "LIMBO", "why not", REP, NOW, day("2026-10-09"))), "unknown-stage");
    }
}
