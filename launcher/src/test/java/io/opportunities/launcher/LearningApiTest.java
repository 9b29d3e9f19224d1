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
    void calibrationScoresTheCarriedAndTheStageDefaultProbabilitiesAndTheLearnedModelOnAHoldout() {
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
        JsonNode holdout = calibration.path("holdout");
        assertThat(holdout.path("splitOn").asString()).isEqualTo(split.toString());
        assertThat(holdout.path("training").path("deals").asLong())
                .isEqualTo(closed.stream().filter(deal -> deal.closedOn().isBefore(split)).count());
        assertThat(holdout.path("test").path("deals").asLong())
                .isEqualTo(closed.stream().filter(deal -> !deal.closedOn().isBefore(split)).count());
        long testPoints = holdout.path("test").path("points").asLong();
        assertThat(holdout.path("learned").path("predictions").asLong()).isEqualTo(testPoints);
        long banded = 0;
        for (JsonNode band : holdout.path("learned").path("bands")) {
            banded += band.path("predictions").asLong();
        }
        assertThat(banded).isEqualTo(testPoints);
        double learned = holdout.path("learned").path("brier").asDouble();
        double stageDefault = holdout.path("stageDefault").path("brier").asDouble();
        assertThat(learned).isLessThan(stageDefault).isLessThan(holdout.path("stated").path("brier").asDouble());
        assertThat(holdout.path("model").path("strongestFactors").size()).isEqualTo(10);
        System.out.printf("Calibration on the public data set: stated %s, stage default %s; holdout from %s: learned "
                        + "%s, stage default %s, stated %s, training win share %s%n",
                calibration.path("stated").path("brier"), calibration.path("stageDefault").path("brier"), split,
                learned, stageDefault, holdout.path("stated").path("brier"),
                holdout.path("trainingWinShare").path("brier"));

        assertThat(api.get(ADMIN, "/api/analytics/calibration?" + RANGE + "&splitOn=2016-01-01").status())
                .isEqualTo(400);
        assertThat(api.get(ADMIN, "/api/analytics/calibration?closedFrom=2017-12-31&closedTo=2016-01-01").status())
                .isEqualTo(400);
    }

    @Test
    void anOpenDealsLearnedProbabilityComesWithItsTopFactors() {
        ImportedDataSet.ensureImported(this);
        CrmCsv.Deal engaging = CrmCsv.deals().stream().filter(deal -> deal.stage().equals("Engaging")).findFirst()
                .orElseThrow();
        JsonNode prediction = api.get(ADMIN, "/api/opportunities/" + CrmCsv.opportunityId(engaging.id()) + "/win-probability").body();
        assertThat(prediction.path("learned").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(prediction.path("stated").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(prediction.path("stageDefault").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(prediction.path("factors").size()).isBetween(1, 3);
        assertThat(prediction.path("factors").findValuesAsString("effect")).allMatch(List.of("RAISES", "LOWERS")::contains);
        assertThat(prediction.path("trainedOn").path("deals").asLong()).isGreaterThanOrEqualTo(6711);
        // open for years, longer than the 138 days of the longest cycle that closed: an age no training point had,
        // said rather than dropped
        assertThat(prediction.path("unseenFacts").values()).extracting(JsonNode::asString)
                .containsExactly("days in stage: 180 days or more");
        assertThat(prediction.path("note").asString()).contains("days in stage: 180 days or more")
                .contains("holds nothing of it");

        CrmCsv.Deal won = CrmCsv.deals().get(0);
        Api.Response closed = api.get(ADMIN, "/api/opportunities/" + CrmCsv.opportunityId(won.id()) + "/win-probability");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text("rule")).isEqualTo("opportunity-closed");
        assertThat(api.get(ADMIN, "/api/opportunities/" + UUID.randomUUID() + "/win-probability").status())
                .isEqualTo(404);
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
    }

    private static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}
