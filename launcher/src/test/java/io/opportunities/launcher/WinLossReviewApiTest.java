package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deal lost after a slip, a move back and a missed next step, reviewed by its team: the win/loss review replays the
 * whole story from its events, every figure worked out by hand in the comments.
 */
class WinLossReviewApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReviewOfALostDealTellsItsWholeStory() {
        String deal = scenarioDeal();
        Api.Response reviewed = api.post(MANAGER, "/api/opportunities/" + deal + "/win-loss-reviews", map(
                "participants", List.of("rita", "maria"),
                "externalEvents", "A price war started in October",
                "analysis", "We never met the board; Initech sold on price to the CFO",
                "results", "Lost to Initech at 10 % less",
                "strategiesThatWorked", List.of("Early workshop with the fleet managers"),
                "strategiesThatFailed", List.of("Waiting for the board to come to us"),
                "actionPlan", List.of("Meet the approver before the proposal"),
                "occurredOn", "2026-11-02"));
        assertThat(reviewed.status()).as(reviewed.body().toString()).isEqualTo(200);
        String reviewId = reviewed.text("reviewId");
        assertThat(reviewId).isNotBlank();

        JsonNode review = api.get(MANAGER, "/api/opportunities/" + deal + "/win-loss-review").body();
        assertThat(review.path("outcome").path("status").asString()).isEqualTo("LOST");
        assertThat(review.path("outcome").path("lossReason").asString()).isEqualTo("PRICE");
        assertThat(review.path("outcome").path("competitor").asString()).isEqualTo("Initech");
        assertThat(review.path("outcome").path("closedOn").asString()).isEqualTo("2026-10-30");
        // opened 10-01, lost 10-30
        assertThat(review.path("cycleDays").asLong()).isEqualTo(29);
        // IDENTIFY 10-01..10-05 (4 days), UNDERSTAND_NEED 10-05..10-13 (8), IDENTIFY 10-13..10-14 (1),
        // UNDERSTAND_NEED 10-14..10-30 (16)
        assertThat(review.path("stages").findValuesAsString("stage"))
                .containsExactly("IDENTIFY", "UNDERSTAND_NEED", "IDENTIFY", "UNDERSTAND_NEED");
        assertThat(review.path("stages").findValues("days")).extracting(JsonNode::asLong).containsExactly(4L, 8L, 1L, 16L);
        assertThat(review.path("stages").findValuesAsString("exit"))
                .containsExactly("ADVANCED", "MOVED_BACK", "ADVANCED", "LOST");
        JsonNode identify = review.path("timeInStage").get(0);
        assertThat(identify.path("stage").asString()).isEqualTo("IDENTIFY");
        assertThat(identify.path("stays").asInt()).isEqualTo(2);
        assertThat(identify.path("days").asLong()).isEqualTo(5);
        assertThat(review.path("regressions").get(0).path("reason").asString())
                .isEqualTo("A new CFO reopened the need");
        // step A kept (done 10-09, due 10-10), step B missed
        JsonNode steps = review.path("nextSteps");
        assertThat(steps.path("agreed").asInt()).isEqualTo(2);
        assertThat(steps.path("kept").asInt()).isEqualTo(1);
        assertThat(steps.path("missed").asInt()).isEqualTo(1);
        assertThat(steps.path("openAtClose").asInt()).isZero();
        // 2027-03-31 to 2027-05-31: 61 days
        JsonNode slip = review.path("closeDateSlips").get(0);
        assertThat(slip.path("days").asLong()).isEqualTo(61);
        assertThat(slip.path("reason").asString()).isEqualTo("Board moved to May");
        // opened at 10 %, the decision maker contacted on 10-05: 20 %, lost: 0 %
        assertThat(review.path("probabilityPath").findValues("probability")).extracting(JsonNode::asInt)
                .containsExactly(10, 20, 0);
        assertThat(review.path("probabilityPath").findValuesAsString("on"))
                .containsExactly("2026-10-01", "2026-10-05", "2026-10-30");
        JsonNode centre = review.path("buyingCentre");
        assertThat(centre.path("people").findValuesAsString("name")).containsExactly("Dana Weber");
        assertThat(centre.path("people").get(0).path("relationship").asInt()).isEqualTo(1);
        assertThat(centre.path("rolesMissing").values()).extracting(JsonNode::asString)
                .containsExactly("APPROVER", "INFLUENCER", "SPONSOR");
        assertThat(review.path("openAtClose").path("risks").findValuesAsString("description"))
                .containsExactly("Delivery of 400 units by March");
        assertThat(review.path("openAtClose").path("informationGaps").findValuesAsString("question"))
                .containsExactly("Who signs above 100k EUR?");
        JsonNode retrospective = review.path("retrospectives").get(0);
        assertThat(retrospective.path("reviewId").asString()).isEqualTo(reviewId);
        assertThat(retrospective.path("recordedBy").asString()).isEqualTo(MANAGER);
        assertThat(retrospective.path("findings").path("strategiesThatFailed").get(0).asString())
                .isEqualTo("Waiting for the board to come to us");

        JsonNode history = api.get(REP, "/api/opportunities/" + deal + "/history?minVersion=" + reviewed.version())
                .body().path("entries");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("type").asString()).isEqualTo("WinLossReviewRecorded");
        assertThat(last.path("summary").asString()).isEqualTo("Win/loss review of the lost deal, with rita, maria. "
                + "Analysis: We never met the board; Initech sold on price to the CFO. Worked: Early workshop with "
                + "the fleet managers. Failed: Waiting for the board to come to us. Action plan: Meet the approver "
                + "before the proposal.");
    }

    @Test
    void aReviewIsOfAClosedDealOnOrAfterItsClose_andABadOneStoresNothing() {
        String open = open("Open Corp", "1000", "EUR");
        long before = events(open);
        Map<String, Object> review = map("analysis", "too early", "occurredOn", "2026-11-02");
        Api.Response ofOpen = api.post(MANAGER, "/api/opportunities/" + open + "/win-loss-reviews", review);
        assertThat(ofOpen.status()).isEqualTo(409);
        assertThat(ofOpen.text("rule")).isEqualTo("opportunity-not-closed");
        Api.Response openStory = api.get(MANAGER, "/api/opportunities/" + open + "/win-loss-review");
        assertThat(openStory.status()).isEqualTo(409);
        assertThat(openStory.header("Content-Type")).startsWith("application/problem+json");
        assertThat(openStory.text("rule")).isEqualTo("opportunity-not-closed");

        accepted(open, "/won", map("occurredOn", "2026-10-20"));
        long won = events(open);
        Api.Response early = api.post(MANAGER, "/api/opportunities/" + open + "/win-loss-reviews",
                map("analysis", "before the close", "occurredOn", "2026-10-19"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("rule")).isEqualTo("review-before-close");
        Api.Response noAnalysis = api.post(MANAGER, "/api/opportunities/" + open + "/win-loss-reviews",
                map("results", "won", "occurredOn", "2026-10-21"));
        assertThat(noAnalysis.status()).isEqualTo(400);
        assertThat(noAnalysis.body().path("errors").findValuesAsString("field")).containsExactly("analysis");
        Api.Response notRecorded = command(open("Other Corp", "1000", "EUR"), "/lost",
                map("reason", "NOT_RECORDED", "occurredOn", "2026-10-20"));
        assertThat(notRecorded.status()).isEqualTo(400);
        assertThat(notRecorded.text("rule")).isEqualTo("loss-reason-required");
        assertThat(events(open)).isEqualTo(won).isEqualTo(before + 1);
        assertThat(api.get(MANAGER, "/api/opportunities/" + UUID.randomUUID() + "/win-loss-review").status())
                .isEqualTo(404);
    }

    /** Lost after a slip, a move back, a kept and a missed next step, with one person, a risk and a gap open. */
    private String scenarioDeal() {
        String deal = open("Acme Logistics", "48000", "EUR");
        qualify(deal);
        buyingAction(deal, "DECISION_MAKER_CONTACTED", "2026-10-05");
        advance(deal, "UNDERSTAND_NEED", "2026-10-05");
        String kept = accepted(deal, "/next-steps", map("description", "Workshop", "goal", "Key issues",
                "dueOn", "2026-10-10", "customerOwner", "Jane", "occurredOn", "2026-10-05")).text("nextStepId");
        accepted(deal, "/next-steps/" + kept + "/outcome", map("outcome", "DONE", "result", "Issues agreed",
                "occurredOn", "2026-10-09"));
        String missed = accepted(deal, "/next-steps", map("description", "Board pitch", "goal", "Board meets us",
                "dueOn", "2026-10-15", "customerOwner", "Jane", "occurredOn", "2026-10-09")).text("nextStepId");
        accepted(deal, "/next-steps/" + missed + "/outcome", map("outcome", "MISSED", "result", "Board cancelled",
                "occurredOn", "2026-10-16"));
        accepted(deal, "/revisions", map("expectedCloseOn", "2027-05-31", "reason", "Board moved to May",
                "occurredOn", "2026-10-12"));
        accepted(deal, "/stage/move-back", map("toStage", "IDENTIFY", "reason", "A new CFO reopened the need",
                "occurredOn", "2026-10-13"));
        advance(deal, "UNDERSTAND_NEED", "2026-10-14");
        String dana = accepted(deal, "/stakeholders", map("name", "Dana Weber", "title", "CFO",
                "role", "DECISION_MAKER", "occurredOn", "2026-10-14")).text("stakeholderId");
        accepted(deal, "/stakeholders/" + dana + "/assessments", map("receptivity", "T", "influence", 5,
                "relationship", 1, "occurredOn", "2026-10-14"));
        accepted(deal, "/risks", map("description", "Delivery of 400 units by March", "category", "DELIVERY",
                "occurredOn", "2026-10-15"));
        accepted(deal, "/information-gaps", map("question", "Who signs above 100k EUR?", "occurredOn", "2026-10-15"));
        accepted(deal, "/lost", map("reason", "PRICE", "explanation", "10 % cheaper", "competitor", "Initech",
                "occurredOn", "2026-10-30"));
        return deal;
    }

    private long events(String opportunityId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(opportunityId)
                .query(Long.class).single();
    }
}
