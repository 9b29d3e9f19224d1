package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calibration, the learned win probability and the process view on the imported public data set. The figures of the
 * stated and stage-default probabilities are worked out here from the CSV: every closed deal is looked at on its
 * engage day and every 30 days after, before its close, in UNDERSTAND_NEED (Engaging) at a stated 10 % (no buying
 * action is on record) and a stage default of 20 %.
 */
class LearningApiTest extends ApiTest {

    static final String RANGE = "closedFrom=2016-01-01&closedTo=2017-12-31";

    @Test
    void calibrationScoresTheCarriedAndTheStageDefaultProbabilitiesAtEveryPointOfTheDealsLives() {
        ImportedDataSet.ensureImported(this);
        List<CrmCsv.Deal> closed = CrmCsv.deals().stream().filter(deal -> deal.closedOn() != null).toList();
        long points = 0;
        double stated = 0;
        double stage = 0;
        for (CrmCsv.Deal deal : closed) {
            long days = ChronoUnit.DAYS.between(deal.engagedOn(), deal.closedOn());
            long looks = (days + 29) / 30;
            double outcome = deal.stage().equals("Won") ? 1 : 0;
            points += looks;
            stated += looks * (0.1 - outcome) * (0.1 - outcome);
            stage += looks * (0.2 - outcome) * (0.2 - outcome);
        }
        JsonNode calibration = api.get(ADMIN, "/api/analytics/calibration?" + RANGE).body();

        assertThat(calibration.path("deals").asLong()).isEqualTo(closed.size());
        assertThat(calibration.path("stated").path("predictions").asLong()).isEqualTo(points);
        assertThat(calibration.path("stated").path("brier").decimalValue()).isEqualByComparingTo(fraction(stated / points));
        assertThat(calibration.path("stageDefault").path("brier").decimalValue())
                .isEqualByComparingTo(fraction(stage / points));
        JsonNode tenPercent = calibration.path("stated").path("bands").get(1);
        assertThat(tenPercent.path("predictions").asLong()).isEqualTo(points);
        assertThat(tenPercent.path("meanProbability").decimalValue()).isEqualByComparingTo("0.1");

        List<LocalDate> closes = closed.stream().map(CrmCsv.Deal::closedOn).sorted().toList();
        LocalDate split = closes.get(closes.size() * 3 / 4);
        assertThat(calibration.path("backtest").path("splitOn").asString()).isEqualTo(split.toString());
        assertThat(calibration.path("backtest").path("training").path("deals").asLong())
                .isEqualTo(closed.stream().filter(deal -> deal.closedOn().isBefore(split)).count());
        System.out.println("Calibration on the public data set: stated " + calibration.path("stated").path("brier")
                + ", stage default " + calibration.path("stageDefault").path("brier"));
    }

    /**
     * The forecast test at three split days: every deal open at the end of the split day and of every 7th day after
     * it to 2017-12-31, counted here from the CSV, is a point, scored if it had closed by then, counted apart if not.
     * The learned probability is never worse than the best baseline on the test: it beats them all where the folds
     * of its training chose a learned model, and is the baseline they chose where not.
     */
    @Test
    void theBacktestHoldsTheLearnedProbabilityAgainstTheBaselinesAtWeeklySnapshotsAfterEachSplit() {
        ImportedDataSet.ensureImported(this);
        List<CrmCsv.Deal> deals = CrmCsv.deals();
        LocalDate end = LocalDate.parse("2017-12-31");
        LocalDate latest = deals.stream().flatMap(deal -> java.util.stream.Stream.of(deal.engagedOn(), deal.closedOn()))
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
        for (String split : List.of("2017-06-01", "2017-08-01", "2017-10-01")) {
            long points = 0;
            long censored = 0;
            for (LocalDate day = LocalDate.parse(split); !day.isAfter(end); day = day.plusDays(7)) {
                for (CrmCsv.Deal deal : deals) {
                    LocalDate opened = deal.engagedOn() != null ? deal.engagedOn() : latest;
                    if (!opened.isAfter(day) && (deal.closedOn() == null || deal.closedOn().isAfter(day))) {
                        if (deal.closedOn() == null) {
                            censored++;
                        } else {
                            points++;
                        }
                    }
                }
            }
            long scored = points;
            JsonNode backtest = api.get(ADMIN, "/api/analytics/calibration?" + RANGE + "&splitOn=" + split).body()
                    .path("backtest");
            assertThat(backtest.path("test").path("points").asLong()).as(split).isEqualTo(points);
            assertThat(backtest.path("test").path("censoredPoints").asLong()).as(split).isEqualTo(censored);
            java.util.Map<String, JsonNode> scores = new java.util.LinkedHashMap<>();
            backtest.path("scores").forEach(score -> scores.put(score.path("method").asString(), score.path("reliability")));
            assertThat(scores.keySet()).containsExactly("learned", "base rate", "age in stage", "owner", "product",
                    "stage default", "stated");
            scores.values().forEach(reliability -> assertThat(reliability.path("predictions").asLong()).isEqualTo(scored));
            double learned = scores.get("learned").path("brier").asDouble();
            String chosen = backtest.path("learned").path("chosen").asString();
            StringBuilder figures = new StringBuilder("Back-test from " + split + " (" + points + " points, " + censored
                    + " censored), learned = " + chosen + ":");
            scores.forEach((method, reliability) -> {
                figures.append(String.format(" %s %s (log loss %s, within 5 points %s)", method,
                        reliability.path("brier"), reliability.path("logLoss"), reliability.path("withinFivePoints")));
                if (method.equals("learned")) {
                    return;
                }
                if (chosen.startsWith("learned")) {
                    assertThat(learned).as(split + " against " + method).isLessThan(reliability.path("brier").asDouble());
                } else {
                    assertThat(learned).as(split + " against " + method)
                            .isLessThanOrEqualTo(reliability.path("brier").asDouble());
                }
            });
            for (JsonNode band : scores.get("learned").path("bands")) {
                if (band.path("predictions").asLong() >= 100) {
                    figures.append(String.format("%n    learned band from %s: %d points, mean %s, won %s [%s, %s]",
                            band.path("from"), band.path("predictions").asLong(), band.path("meanProbability"),
                            band.path("wonShare"), band.path("wonShareLow"), band.path("wonShareHigh")));
                }
            }
            System.out.println(figures);
        }
        assertThat(api.get(ADMIN, "/api/analytics/calibration?" + RANGE + "&splitOn=2016-01-01").status())
                .isEqualTo(400);
        assertThat(api.get(ADMIN, "/api/analytics/calibration?closedFrom=2017-12-31&closedTo=2016-01-01").status())
                .isEqualTo(400);
    }

    @Test
    void anOpenDealsLearnedProbabilityComesFromAStoredModel_explainedFromTheBaseRate_andAsOfAPastDay() {
        ImportedDataSet.ensureImported(this);
        long closedDeals = CrmCsv.deals().stream().filter(deal -> deal.closedOn() != null).count();
        Api.Response refit = api.post(ADMIN, "/api/admin/win-models", null);
        assertThat(refit.status()).isEqualTo(200);
        long version = refit.body().path("version").asLong();
        assertThat(refit.body().path("occasion").asString()).isEqualTo("ADMINISTRATOR");
        assertThat(refit.body().path("fittedBy").asString()).isEqualTo(ADMIN);
        assertThat(refit.body().path("choice").path("reason").asString()).isNotBlank();
        JsonNode models = api.get(ADMIN, "/api/analytics/win-models?limit=5").body();
        assertThat(models.get(0).path("version").asLong()).isEqualTo(version);
        assertThat(models.get(0).path("method").asString()).isEqualTo(refit.body().path("method").asString());
        assertThat(api.post(REP, "/api/admin/win-models", null).status()).isEqualTo(403);

        // today's answer comes from the model just stored (trained on the last two years before the latest close:
        // the data set, or, once other tests have closed deals of their own today, those)
        CrmCsv.Deal engaging = CrmCsv.deals().stream().filter(deal -> deal.stage().equals("Engaging")
                && deal.engagedOn().isBefore(LocalDate.parse("2017-08-01"))).findFirst().orElseThrow();
        String path = "/api/opportunities/" + CrmCsv.opportunityId(engaging.id()) + "/win-probability";
        JsonNode today = api.get(ADMIN, path).body();
        assertThat(today.path("trainedOn").path("version").asLong()).isEqualTo(version);
        assertThat(today.path("stated").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(today.path("stageDefault").decimalValue()).isEqualByComparingTo("0.2");
        // open since 2017, for years: longer than any deal that closed; said, not read as good news
        assertThat(today.path("stale").asBoolean()).isTrue();
        assertThat(today.path("note").asString()).contains("longer than any of the");
        explainedFromTheBaseRate(today);

        // as of the data set's last day, from a model of its 6,711 closed deals: the same deal, open since before
        // August, has outlived the 138 days of the longest cycle that closed, and none that old was ever won
        JsonNode endOf2017 = api.get(ADMIN, path + "?asOf=2017-12-31").body();
        assertThat(endOf2017.path("trainedOn").path("version").isNull()).isTrue();
        assertThat(endOf2017.path("trainedOn").path("deals").asLong()).isEqualTo(closedDeals);
        assertThat(endOf2017.path("trainedOn").path("method").asString()).startsWith("learned: timing");
        assertThat(endOf2017.path("stale").asBoolean()).isTrue();
        assertThat(endOf2017.path("note").asString()).contains("(the longest: 138 days)");
        assertThat(endOf2017.path("learned").asDouble()).isLessThan(0.05);
        explainedFromTheBaseRate(endOf2017);
        assertThat(endOf2017.path("explanation").findValuesAsString("fact"))
                .contains("days in stage: open longer than any deal that closed (138 days)");

        // used where managers decide: today's funnel and forecast weight each open deal by its learned chance too;
        // as of a past day they do not (the learned chance of then is the win probability's, asked with asOf)
        JsonNode funnel = api.get(ADMIN, "/api/funnel").body();
        JsonNode understandNeed = funnel.path("stages").get(1).path("amounts");
        assertThat(understandNeed.size()).isPositive();
        understandNeed.forEach(amount -> assertThat(amount.path("learnedWeighted").decimalValue())
                .isBetween(BigDecimal.ZERO, amount.path("total").decimalValue()));
        assertThat(funnel.path("totals").get(0).path("learnedWeighted").isNumber()).isTrue();
        assertThat(api.get(ADMIN, "/api/funnel?asOf=2017-06-30").body().path("stages").get(1).path("amounts").get(0)
                .path("learnedWeighted").isNull()).isTrue();
        JsonNode forecast = api.get(ADMIN, "/api/forecast?period=quarter&from=2017-Q3&periods=2").body();
        JsonNode open = forecast.path("periods").get(0).path("open").get(0);
        assertThat(open.path("learnedExpected").decimalValue()).isBetween(BigDecimal.ZERO, open.path("total").decimalValue());
        assertThat(api.get(ADMIN, "/api/forecast?period=quarter&from=2017-Q3&periods=2&asOf=2017-06-30").body()
                .path("periods").get(0).path("open").get(0).path("learnedExpected").isNull()).isTrue();

        // as of the end of 2017-06-30: only what had happened by then, from a model of the deals closed by then
        LocalDate asOf = LocalDate.parse("2017-06-30");
        CrmCsv.Deal openThen = CrmCsv.deals().stream().filter(deal -> deal.engagedOn() != null
                        && deal.engagedOn().isAfter(asOf.minusDays(30)) && !deal.engagedOn().isAfter(asOf)
                        && (deal.closedOn() == null || deal.closedOn().isAfter(asOf)))
                .findFirst().orElseThrow();
        JsonNode then = api.get(ADMIN, "/api/opportunities/" + CrmCsv.opportunityId(openThen.id())
                + "/win-probability?asOf=" + asOf).body();
        assertThat(then.path("asOf").asString()).isEqualTo(asOf.toString());
        assertThat(then.path("trainedOn").path("version").isNull()).isTrue();
        assertThat(then.path("trainedOn").path("deals").asLong()).isEqualTo(CrmCsv.deals().stream()
                .filter(deal -> deal.closedOn() != null && !deal.closedOn().isAfter(asOf)).count());
        assertThat(LocalDate.parse(then.path("trainedOn").path("cutoff").asString())).isBeforeOrEqualTo(asOf.plusDays(1));
        assertThat(then.path("stale").asBoolean()).isFalse();
        assertThat(then.path("learned").asDouble()).isStrictlyBetween(0.3, 0.95);
        explainedFromTheBaseRate(then);
        assertThat(api.get(ADMIN, "/api/opportunities/" + CrmCsv.opportunityId(openThen.id())
                + "/win-probability?asOf=" + openThen.engagedOn().minusDays(1)).status()).isEqualTo(404);
        assertThat(api.get(ADMIN, path + "?asOf=2999-01-01").status()).isEqualTo(400);

        CrmCsv.Deal won = CrmCsv.deals().get(0);
        Api.Response closed = api.get(ADMIN, "/api/opportunities/" + CrmCsv.opportunityId(won.id()) + "/win-probability");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text("rule")).isEqualTo("opportunity-closed");
        assertThat(api.get(ADMIN, "/api/opportunities/" + UUID.randomUUID() + "/win-probability").status())
                .isEqualTo(404);

        long[] one = timed(200, () -> api.get(ADMIN, path));
        System.out.printf("Win probability of one deal, today's stored model: p50 %.1f ms, p99 %.1f ms (HTTP, 200 "
                + "calls)%n", one[0] / 1e6, one[1] / 1e6);
    }

    /** The explanation starts at the base rate and each step starts where the one before ended, the last at the learned. */
    private static void explainedFromTheBaseRate(JsonNode prediction) {
        JsonNode steps = prediction.path("explanation");
        assertThat(steps.size()).isGreaterThanOrEqualTo(1);
        assertThat(steps.get(0).path("from").decimalValue())
                .isEqualByComparingTo(prediction.path("trainingWinShare").decimalValue());
        for (int step = 1; step < steps.size(); step++) {
            assertThat(steps.get(step).path("from").decimalValue())
                    .isEqualByComparingTo(steps.get(step - 1).path("to").decimalValue());
        }
        assertThat(steps.get(steps.size() - 1).path("to").decimalValue())
                .isEqualByComparingTo(prediction.path("learned").decimalValue());
        steps.forEach(step -> assertThat(step.path("says").asString()).isNotBlank());
    }

    @Test
    void theOpenDealsAsOfAPastDayComeWithTheirLearnedChances_aPageAtATime() {
        ImportedDataSet.ensureImported(this);
        LocalDate asOf = LocalDate.parse("2017-06-30");
        long open = CrmCsv.deals().stream().filter(deal -> deal.engagedOn() != null && !deal.engagedOn().isAfter(asOf)
                && (deal.closedOn() == null || deal.closedOn().isAfter(asOf))).count();
        String path = "/api/analytics/win-probabilities?asOf=" + asOf + "&limit=200";
        JsonNode page = api.get(ADMIN, path).body();
        assertThat(page.path("total").asLong()).isEqualTo(open);
        assertThat(page.path("deals").size()).isEqualTo(200);
        assertThat(page.path("deals").findValuesAsString("stage")).containsOnly("UNDERSTAND_NEED");
        List<LocalDate> closes = page.path("deals").findValuesAsString("expectedCloseOn").stream().map(LocalDate::parse)
                .toList();
        assertThat(closes).isSorted();
        page.path("deals").forEach(deal -> {
            assertThat(deal.path("learned").asDouble()).isStrictlyBetween(0.0, 1.0);
            assertThat(deal.path("stated").decimalValue()).isEqualByComparingTo("0.1");
        });
        JsonNode next = api.get(ADMIN, path + "&offset=200").body();
        assertThat(next.path("deals").get(0).path("opportunityId").asString())
                .isNotEqualTo(page.path("deals").get(199).path("opportunityId").asString());
        assertThat(api.get(ADMIN, path.replace("limit=200", "limit=0")).status()).isEqualTo(400);

        long[] asOfPage = timed(50, () -> api.get(ADMIN, path));
        api.post(ADMIN, "/api/admin/win-models", null);
        long[] todayPage = timed(50, () -> api.get(ADMIN, "/api/analytics/win-probabilities?limit=200"));
        System.out.printf("200 open deals with learned chances: as of %s p50 %.1f ms, p99 %.1f ms; today p50 %.1f "
                        + "ms, p99 %.1f ms (HTTP, 50 calls each)%n", asOf, asOfPage[0] / 1e6, asOfPage[1] / 1e6,
                todayPage[0] / 1e6, todayPage[1] / 1e6);
    }

    /** The median and the 99th percentile, in nanoseconds, of {@code calls} calls after ten to warm up. */
    private static long[] timed(int calls, Runnable call) {
        for (int warm = 0; warm < 10; warm++) {
            call.run();
        }
        long[] times = new long[calls];
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            call.run();
            times[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(times);
        return new long[]{times[calls / 2], times[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)]};
    }

    @Test
    void theProcessViewShowsThePathsTheDealsTook() {
        ImportedDataSet.ensureImported(this);
        long won = CrmCsv.deals().stream().filter(deal -> deal.stage().equals("Won")).count();
        long lost = CrmCsv.deals().stream().filter(deal -> deal.stage().equals("Lost")).count();
        JsonNode process = api.get(ADMIN, "/api/analytics/process?" + RANGE).body();
        assertThat(process.path("deals").asLong()).isEqualTo(won + lost);
        JsonNode paths = process.path("paths");
        assertThat(paths).hasSize(2);
        assertThat(paths.get(0).path("path").values()).extracting(JsonNode::asString)
                .containsExactly("IDENTIFY", "UNDERSTAND_NEED", "WON");
        assertThat(paths.get(0).path("deals").asLong()).isEqualTo(won);
        assertThat(paths.get(1).path("deals").asLong()).isEqualTo(lost);
        assertThat(process.path("regressions").get(1).path("reached").asLong()).isEqualTo(won + lost);
        assertThat(process.path("regressions").get(1).path("regressionRate").decimalValue()).isEqualByComparingTo("0");
        // the process's own probabilities held against history: every closed deal passed IDENTIFY and
        // UNDERSTAND_NEED, and 63 % of them were won, where the process says 10 % and 20 %
        JsonNode understand = process.path("probabilities").get(1);
        assertThat(understand.path("stage").asString()).isEqualTo("UNDERSTAND_NEED");
        assertThat(understand.path("configured").asInt()).isEqualTo(20);
        assertThat(understand.path("reached").asLong()).isEqualTo(won + lost);
        assertThat(understand.path("wonShare").decimalValue()).isEqualByComparingTo(fraction((double) won / (won + lost)));
        assertThat(understand.path("verdict").asString())
                .startsWith("Your process says 20 %; your history says 63 % (62 % to 64 %: " + won + " won of the "
                        + (won + lost) + " deals that reached it): too low by 43 points.");
        assertThat(process.path("suggestedConfiguration").values()).extracting(JsonNode::asString)
                .containsExactly("sales.process.stages[0].probability=63", "sales.process.stages[1].probability=63");
        assertThat(process.path("probabilities").get(2).path("suggested").isNull()).isTrue();
    }

    private static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}
