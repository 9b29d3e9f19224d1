package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.IdentifyStakeholder;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.opportunity.AdvanceStage;
import io.opportunities.api.opportunity.BuyingActionRecorded;
import io.opportunities.api.opportunity.OpenOpportunity;
import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.api.opportunity.OpportunityReviewed;
import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.opportunity.RecordBuyingAction;
import io.opportunities.api.opportunity.RecordOpportunityReview;
import io.opportunities.api.opportunity.RecordWinLossReview;
import io.opportunities.api.opportunity.WinLossReviewRecorded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.opportunities.command.opportunity.OpportunityReviewTest.ANSWERS;
import static io.opportunities.command.opportunity.WinLossReviewTest.RETROSPECTIVE;

/**
 * Who may send which command to rita's deal: rita changes it; maria, her manager, reviews it but records nothing
 * else on it (403); sam (a rep of the same team), olga (another team's manager) and adam (an administrator, who reads
 * it) change nothing. Those who may not even see the deal are told it does not exist (404), in the same words as
 * for a deal that does not.
 */
class AccessTest extends OpportunityFixtureTest {

    static RecordBuyingAction buyingActionBy(String sender) {
        return new RecordBuyingAction(ID, null, "ba-1", "BUDGET_ALLOCATED", "CFO met", "minutes", sender, NOW,
                day("2026-11-02"));
    }

    static RecordOpportunityReview reviewBy(String sender) {
        return new RecordOpportunityReview(ID, null, "r-1", ANSWERS, "Findings", List.of(), day("2026-12-14"), sender,
                NOW, day("2026-11-16"));
    }

    static RecordWinLossReview winLossReviewBy(String sender) {
        return new RecordWinLossReview(ID, null, "wl-1", List.of("rita"), RETROSPECTIVE, sender, NOW, day("2026-11-15"));
    }

    static OpenOpportunity openFor(String owner, String sender) {
        return new OpenOpportunity(ID, "Acme", "Fleet telematics", "GTX Pro", owner, VALUE, EXPECTED_CLOSE, SIGNAL,
                sender, NOW, OPENED_ON);
    }

    static OpportunityOpened openedFor(String owner, String sender) {
        return new OpportunityOpened(ID, "Acme", "Fleet telematics", "GTX Pro", owner, VALUE, EXPECTED_CLOSE, SIGNAL,
                "IDENTIFY", null, sender, NOW, OPENED_ON);
    }

    @Test
    void givenRitasDeal_whenRitaRecordsABuyingAction_thenRecorded() {
        fixture.given(opened())
                .when(buyingActionBy("rita"))
                .expectEvents(new BuyingActionRecorded(ID, "ba-1", "BUDGET_ALLOCATED", "CFO met", "minutes",
                        "rita", NOW, day("2026-11-02")));
    }

    @Test
    void givenRitasDeal_whenHerManagerRecordsABuyingAction_thenForbidden() {
        rejectedBy(fixture.given(opened()).when(buyingActionBy("maria")), "not-the-owner");
    }

    @Test
    void givenRitasDeal_whenATeamMateRecordsABuyingAction_thenUnknownToHim() {
        rejectedBy(fixture.given(opened()).when(buyingActionBy("sam")), "unknown-opportunity");
    }

    @Test
    void givenRitasDeal_whenAnotherTeamsManagerRecordsABuyingAction_thenUnknownToHer() {
        rejectedBy(fixture.given(opened()).when(buyingActionBy("olga")), "unknown-opportunity");
    }

    @Test
    void givenRitasDeal_whenAnAdministratorRecordsABuyingAction_thenForbidden() {
        rejectedBy(fixture.given(opened()).when(buyingActionBy("adam")), "not-the-owner");
    }

    @Test
    void givenRitasDeal_whenTheSenderHasNoRoles_thenUnknownToThem() {
        rejectedBy(fixture.given(opened()).when(buyingActionBy("rita"), sentAs("")), "unknown-opportunity");
    }

    @Test
    void givenRitasDeal_whenATeamMateNamesAnOldVersion_thenUnknownToHimRatherThanAVersionConflict() {
        rejectedBy(fixture.given(opened(), buyingActionRecorded("ba-0", "DECISION_MAKER_CONTACTED", "2026-10-05"))
                        .when(new AdvanceStage(ID, 0L, "UNDERSTAND_NEED", "sam", NOW, day("2026-11-02"))),
                "unknown-opportunity");
    }

    @Test
    void givenRitasDeal_whenATeamMateChangesItsClosingPlan_thenUnknownToHim() {
        rejectedBy(fixture.given(opened()).when(new IdentifyStakeholder(ID, null, "s-1", "Dana", "CFO",
                StakeholderRole.DECISION_MAKER, null, "Goal", "Challenge", "Win", "sam", NOW,
                day("2026-11-02"))), "unknown-opportunity");
    }

    @Test
    void givenRitasDeal_whenHerManagerReviewsIt_thenReviewed() {
        fixture.given(opened())
                .when(reviewBy("maria"))
                .expectEvents(new OpportunityReviewed(ID, "r-1", "IDENTIFY", ANSWERS, "Findings", List.of(),
                        day("2026-12-14"), "maria", NOW, day("2026-11-16")));
    }

    @Test
    void givenRitasDeal_whenSheReviewsItHerself_thenForbidden() {
        rejectedBy(fixture.given(opened()).when(reviewBy("rita")), "not-the-manager");
    }

    @Test
    void givenRitasDeal_whenAnotherTeamsManagerReviewsIt_thenUnknownToHer() {
        rejectedBy(fixture.given(opened()).when(reviewBy("olga")), "unknown-opportunity");
    }

    @Test
    void givenRitasWonDeal_whenSheOrHerManagerRecordTheWinLossReview_thenRecorded() {
        for (String sender : List.of("rita", "maria")) {
            fixture.given(opened(), won("2026-11-10"))
                    .when(winLossReviewBy(sender))
                    .expectEvents(new WinLossReviewRecorded(ID, "wl-1",
                            OpportunityStatus.WON, List.of("rita"), RETROSPECTIVE,
                            sender, NOW, day("2026-11-15")));
        }
    }

    @Test
    void givenRitasWonDeal_whenAnAdministratorRecordsTheWinLossReview_thenForbidden() {
        rejectedBy(fixture.given(opened(), won("2026-11-10")).when(winLossReviewBy("adam")),
                "not-the-owner-or-manager");
    }

    @Test
    void givenNoDeal_whenARepOpensOneForHerself_thenOpened() {
        fixture.givenNoPriorActivity()
                .when(openFor("rita", "rita"))
                .expectEvents(openedFor("rita", "rita"));
    }

    @Test
    void givenNoDeal_whenAManagerOpensOneForAMemberOfHerTeam_thenOpened() {
        fixture.givenNoPriorActivity()
                .when(openFor("rita", "maria"))
                .expectEvents(openedFor("rita", "maria"));
    }

    @Test
    void givenNoDeal_whenARepOpensOneForSomebodyElse_thenForbidden() {
        rejectedBy(fixture.givenNoPriorActivity().when(openFor("sam", "rita")), "may-not-open-for-owner");
    }

    @Test
    void givenNoDeal_whenAManagerOpensOneForAnotherTeamsRep_thenForbidden() {
        rejectedBy(fixture.givenNoPriorActivity().when(openFor("pete", "maria")), "may-not-open-for-owner");
    }

    @Test
    void givenNoDeal_whenAnAdministratorOpensOne_thenForbidden() {
        rejectedBy(fixture.givenNoPriorActivity().when(openFor("adam", "adam")), "may-not-open-for-owner");
    }

    @Test
    void givenNoDeal_whenSomebodyWhoIsNoAdministratorImportsOne_thenForbidden() {
        rejectedBy(fixture.givenNoPriorActivity().when(ImportedHistoryTest.wonDeal(), sentAs("REP,MANAGER")),
                "imports-by-administrators");
    }

}
