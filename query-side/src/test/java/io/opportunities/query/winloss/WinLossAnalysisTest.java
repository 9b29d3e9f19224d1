package io.opportunities.query.winloss;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.query.team.Teams;
import io.opportunities.query.team.TeamsForTests;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.opportunities.query.TestEvents.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Closed deals grouped every way, each figure worked out by hand. */
class WinLossAnalysisTest {

    static final AnalysisSettings SETTINGS = new AnalysisSettings(null, null, null, null);
    static final Teams TEAMS = TeamsForTests.of(new Teams.Team("North", "maria", "Berlin", List.of("rita", "sam")));

    static ClosedDeal deal(String id, String owner, OpportunityStatus status, String amount, int cycleDays,
                           String withdrawal, List<String> competitors) {
        LocalDate opened = LocalDate.parse("2026-01-01");
        return new ClosedDeal(id, owner, "GTX Pro", "Acme", "retail", status, "UNDERSTAND_NEED",
                status == OpportunityStatus.WON ? "NEGOTIATE" : "UNDERSTAND_NEED", opened,
                opened.plusDays(cycleDays), new BigDecimal(amount), "EUR",
                status == OpportunityStatus.LOST ? "PRICE" : null, withdrawal, competitors, new BigDecimal(amount),
                "EUR");
    }

    /**
     * rita: won 4,000 in 20 days against Initech, lost 900 in 45 days to Initech, withdrawn (no decision); sam: won
     * 12,000 in 200 days, lost 6,000 in 70 days, disqualified; pat (no team): lost 50,000 in 95 days.
     */
    static final List<ClosedDeal> DEALS = List.of(
            deal("1", "rita", OpportunityStatus.WON, "4000", 20, null, List.of("Initech")),
            deal("2", "rita", OpportunityStatus.LOST, "900", 45, null, List.of("Initech")),
            deal("3", "rita", OpportunityStatus.WITHDRAWN, "2000", 10, "NO_DECISION", List.of()),
            deal("4", "sam", OpportunityStatus.WON, "12000", 200, null, List.of()),
            deal("5", "sam", OpportunityStatus.LOST, "6000", 70, null, List.of("Globex", "Initech")),
            deal("6", "sam", OpportunityStatus.WITHDRAWN, "3000", 5, "DISQUALIFIED", List.of()),
            deal("7", "pat", OpportunityStatus.LOST, "50000", 95, null, List.of()));

    static WinLossAnalysis analysis() {
        return WinLossAnalysis.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), DEALS, PROCESS,
                TEAMS, SETTINGS);
    }

    @Test
    void theOutcomesCountWithdrawnDealsApartFromLosses() {
        WinLossAnalysis.Group all = analysis().outcomes();
        assertThat(List.of(all.deals(), all.won(), all.lost(), all.noDecision(), all.disqualified()))
                .containsExactly(7L, 2L, 3L, 1L, 1L);
        // 2 / (2 + 3) and 2 / 7
        assertThat(all.winRate()).isEqualByComparingTo("0.4000");
        assertThat(all.winRateIncludingWithdrawn()).isEqualByComparingTo("0.2857");
        assertThat(all.wonValue()).singleElement().satisfies(money -> {
            assertThat(money.currency()).isEqualTo("EUR");
            assertThat(money.amount()).isEqualByComparingTo("16000");
        });
    }

    @Test
    void byOwnerTeamAndRegion_theLargestGroupFirst() {
        WinLossAnalysis analysis = analysis();
        assertThat(analysis.byOwner()).extracting(WinLossAnalysis.Group::key).containsExactly("rita", "sam", "pat");
        assertThat(analysis.byOwner().get(0).winRate()).isEqualByComparingTo("0.5000");
        assertThat(analysis.byTeam()).extracting(WinLossAnalysis.Group::key)
                .containsExactly("North", Teams.NO_TEAM);
        assertThat(analysis.byTeam().get(0).deals()).isEqualTo(6);
        assertThat(analysis.byRegionalOffice()).extracting(WinLossAnalysis.Group::key)
                .containsExactly("Berlin", "(none)");
    }

    @Test
    void aDealCountsForEveryCompetitorItMet() {
        // Initech: deals 1 (won), 2 and 5 (lost); Globex: deal 5; none: 3, 4, 6, 7
        List<WinLossAnalysis.Group> competitors = analysis().byCompetitor();
        assertThat(competitors).extracting(WinLossAnalysis.Group::key).containsExactly("(none)", "Initech", "Globex");
        WinLossAnalysis.Group initech = competitors.get(1);
        assertThat(List.of(initech.deals(), initech.won(), initech.lost())).containsExactly(3L, 1L, 2L);
        assertThat(initech.winRate()).isEqualByComparingTo("0.3333");
    }

    @Test
    void byDealSizeAndCycleLength_inTheOrderOfTheBands() {
        WinLossAnalysis analysis = analysis();
        assertThat(analysis.byDealSize()).extracting(WinLossAnalysis.Group::key, WinLossAnalysis.Group::deals)
                .containsExactly(tuple("below 1,000 EUR", 1L),
                        tuple("1,000 to 4,999 EUR", 3L),
                        tuple("5,000 to 9,999 EUR", 1L),
                        tuple("10,000 to 49,999 EUR", 1L),
                        tuple("50,000 EUR or more", 1L));
        assertThat(analysis.byCycleLength()).extracting(WinLossAnalysis.Group::key, WinLossAnalysis.Group::deals)
                .containsExactly(tuple("below 30 days", 3L),
                        tuple("30 to 59 days", 1L),
                        tuple("60 to 89 days", 1L),
                        tuple("90 to 179 days", 1L),
                        tuple("180 days or more", 1L));
    }

    @Test
    void aWinIsBandedByItsEstimatedValue_asALossIs_notByWhatItWasWonFor() {
        LocalDate opened = LocalDate.parse("2026-01-01");
        ClosedDeal wonAbove = new ClosedDeal("8", "rita", "GTX Pro", "Acme", "retail", OpportunityStatus.WON,
                "UNDERSTAND_NEED", "UNDERSTAND_NEED", opened, opened.plusDays(30), new BigDecimal("12000"), "EUR",
                null, null, List.of(), new BigDecimal("4000"), "EUR");
        WinLossAnalysis analysis = WinLossAnalysis.of(opened, LocalDate.parse("2026-12-31"),
                List.of(wonAbove, deal("9", "rita", OpportunityStatus.LOST, "4000", 30, null, List.of())), PROCESS,
                TEAMS, SETTINGS);

        assertThat(analysis.byDealSize()).singleElement().satisfies(band -> {
            assertThat(band.key()).isEqualTo("1,000 to 4,999 EUR");
            assertThat(List.of(band.won(), band.lost())).containsExactly(1L, 1L);
            assertThat(band.wonValue()).singleElement()
                    .satisfies(money -> assertThat(money.amount()).isEqualByComparingTo("12000"));
        });
    }

    @Test
    void byTheFurthestStageReached_inTheProcesssOrder_andTheLossesByReason() {
        WinLossAnalysis analysis = analysis();
        assertThat(analysis.byStageReached()).extracting(WinLossAnalysis.Group::key, WinLossAnalysis.Group::deals)
                .containsExactly(tuple("UNDERSTAND_NEED", 5L),
                        tuple("NEGOTIATE", 2L));
        assertThat(analysis.lossReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.key()).isEqualTo("PRICE");
            assertThat(reason.count()).isEqualTo(3);
            assertThat(reason.share()).isEqualByComparingTo("1");
        });
    }
}
