package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.*;
import org.junit.jupiter.api.Test;

import java.util.List;

/** A deal's history brought over from another system, with its original dates, once. */
class ImportedHistoryTest extends OpportunityFixtureTest {

    static final ImportOrigin ORIGIN = new ImportOrigin("crm", "Z063OYW0", 3, "fingerprint-1");
    static final Money LIST_PRICE = Money.of("4821", "USD");
    static final WarningSignal NOT_RECORDED = new WarningSignal(WarningSignalType.OTHER, "not in the source");

    /** A deal of the rep, imported from another system (the agent of the source is the owner). */
    static ImportOpportunityHistory imported(List<StageEntry> stages, ImportedOutcome outcome, ImportOrigin origin) {
        return new ImportOpportunityHistory(ID, origin, "Isdom", "GTX Pro", "GTX Pro", REP, LIST_PRICE,
                day("2016-12-20"), NOT_RECORDED, stages, outcome, REP, NOW, day("2016-10-25"));
    }

    static ImportOpportunityHistory wonDeal() {
        return imported(List.of(new StageEntry("UNDERSTAND_NEED", day("2016-10-25"))),
                ImportedOutcome.won(day("2017-03-11"), Money.of("4514", "USD")), ORIGIN);
    }

    static OpportunityOpened importedOpening(ImportOrigin origin) {
        return new OpportunityOpened(ID, "Isdom", "GTX Pro", "GTX Pro", REP, LIST_PRICE,
                day("2016-12-20"), NOT_RECORDED, "IDENTIFY", origin, REP, NOW, day("2016-10-25"));
    }

    static StageAdvanced engaged() {
        return new StageAdvanced(ID, "IDENTIFY", "UNDERSTAND_NEED", List.of(), REP, NOW, day("2016-10-25"));
    }

    @Test
    void givenNoDeal_whenAWonHistoryIsImported_thenOpenedAdvancedWithoutEvidenceAndWonOnTheSourcesDates() {
        fixture.givenNoPriorActivity()
                .when(wonDeal())
                .expectEvents(importedOpening(ORIGIN), engaged(),
                        new OpportunityWon(ID, Money.of("4514", "USD"), "UNDERSTAND_NEED", List.of(), REP, NOW,
                                day("2017-03-11")))
                .expectResultMessagePayload(ImportOpportunityHistory.Result.IMPORTED);
    }

    @Test
    void givenNoDeal_whenALossWithoutReasonIsImported_thenLostWithTheReasonNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(imported(List.of(new StageEntry("UNDERSTAND_NEED", day("2016-10-25"))),
                        ImportedOutcome.lost(day("2017-03-01"), null, "no reason in the source"), ORIGIN))
                .expectEvents(importedOpening(ORIGIN), engaged(),
                        new OpportunityLost(ID, LossReason.NOT_RECORDED, "no reason in the source", null,
                                "UNDERSTAND_NEED", REP, NOW, day("2017-03-01")));
    }

    @Test
    void givenNoDeal_whenAnOpenDealStillInTheFirstStageIsImported_thenOnlyOpened() {
        fixture.givenNoPriorActivity()
                .when(imported(List.of(new StageEntry("IDENTIFY", day("2016-10-25"))), null, ORIGIN))
                .expectEvents(importedOpening(ORIGIN));
    }

    @Test
    void givenAnImportedDeal_whenTheSameRowIsImportedAgain_thenNothingChanges() {
        fixture.given(importedOpening(ORIGIN), engaged())
                .when(wonDeal())
                .expectNoEvents()
                .expectResultMessagePayload(ImportOpportunityHistory.Result.UNCHANGED);
    }

    @Test
    void givenAnImportedDeal_whenItsRowChangedInTheSource_thenRejected() {
        rejectedBy(fixture.given(importedOpening(ORIGIN), engaged())
                        .when(imported(List.of(), null, new ImportOrigin("crm", "Z063OYW0", 3, "fingerprint-2"))),
                "changed-in-source");
    }

    @Test
    void givenADealOpenedHere_whenAnImportNamesIt_thenRejected() {
        rejectedBy(fixture.given(opened()).when(wonDeal()), "not-an-imported-deal");
    }

    @Test
    void givenAnImportedOpenDeal_whenAdvancedWithoutTheExitCriteria_thenRejectedLikeAnyDeal() {
        rejectedBy(fixture.given(importedOpening(ORIGIN), engaged()).when(advance("SHAPE_VISION", "2026-11-02")),
                "exit-criteria-missing");
    }

    @Test
    void givenAnImportedOpenDeal_whenTheRepRecordsABuyingAction_thenAccepted() {
        fixture.given(importedOpening(ORIGIN), engaged())
                .when(recordBuyingAction("ba-1", "KEY_INFORMATION_SHARED", "2026-11-02"))
                .expectEvents(buyingActionRecorded("ba-1", "KEY_INFORMATION_SHARED", "2026-11-02"));
    }

    @Test
    void givenNoDeal_whenTheImportedStagesGoBackwards_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(imported(List.of(
                        new StageEntry("SHAPE_VISION", day("2016-11-01")),
                        new StageEntry("UNDERSTAND_NEED", day("2016-11-02"))), null, ORIGIN)),
                "imported-stages-out-of-order");
    }

    @Test
    void givenNoDeal_whenAStageIsEnteredBeforeTheOpening_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(imported(List.of(
                        new StageEntry("UNDERSTAND_NEED", day("2016-10-01"))), null, ORIGIN)),
                "imported-stages-out-of-order");
    }

    @Test
    void givenNoDeal_whenAStageIsUnknown_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(imported(List.of(
                        new StageEntry("ENGAGING", day("2016-11-01"))), null, ORIGIN)),
                "unknown-stage");
    }

    @Test
    void givenNoDeal_whenTheCloseLiesBeforeTheLastStageEntry_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(imported(List.of(
                        new StageEntry("UNDERSTAND_NEED", day("2016-11-01"))),
                        ImportedOutcome.won(day("2016-10-30"), LIST_PRICE), ORIGIN)),
                "occurred-before-last-change");
    }

    @Test
    void givenNoDeal_whenAWinHasNoValue_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(imported(List.of(),
                        ImportedOutcome.won(day("2017-03-01"), null), ORIGIN)),
                "imported-outcome-incomplete");
    }

    @Test
    void givenNoDeal_whenTheCloseIsStillToCome_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(imported(List.of(),
                        ImportedOutcome.won(day("2026-12-01"), LIST_PRICE), ORIGIN)),
                "occurred-in-future");
    }

    @Test
    void givenNoDeal_whenTheExpectedCloseLiesBeforeTheOpening_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(new ImportOpportunityHistory(ID, ORIGIN, "Isdom", "GTX Pro",
                        "GTX Pro", REP, LIST_PRICE, day("2016-10-01"), NOT_RECORDED, List.of(), null,
                        REP, NOW, day("2016-10-25"))),
                "expected-close-before-opening");
    }

    @Test
    void givenOpenOpportunity_whenLostWithTheReasonNotRecorded_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new CloseAsLost(ID, null, LossReason.NOT_RECORDED, null, null, REP,
                        NOW, day("2026-10-10"))),
                "loss-reason-required");
    }
}
