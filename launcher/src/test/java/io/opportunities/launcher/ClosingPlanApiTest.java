package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deal planned entirely through the API on PostgreSQL: buying centre, push/block plan, assessment, SMART goal,
 * actions, risks, information gaps, internal decisions and the certainty ladder, read back from the planning sheet,
 * the buying centre, the detail, the funnel and the history.
 */
class ClosingPlanApiTest extends ApiTest {

    private static final String ON = "2026-10-05";

    private String create(String id, String path, Map<String, Object> body, String idField) {
        return accepted(id, path, body).text(idField);
    }

    @Test
    void aDealPlannedThroughTheApi_showsTheWholePlanningSheetPushBlockTableAndCertaintyWithEvidence() {
        String id = open("Globex Freight", "120000", "EUR");
        String dana = create(id, "/stakeholders", map("name", "Dana Weber", "title", "CFO", "role", "DECISION_MAKER",
                "businessGoal", "Cut fleet costs by 10 %", "businessChallenge", "Fuel prices doubled",
                "personalWin", "Seen as the one who fixed the fleet", "occurredOn", ON), "stakeholderId");
        String ivan = create(id, "/stakeholders", map("name", "Ivan Petrov", "title", "Fleet manager",
                "role", "INFLUENCER", "influencerGrade", "A", "occurredOn", ON), "stakeholderId");
        accepted(id, "/stakeholders/" + dana + "/assessments", map("receptivity", "I", "influence", 5,
                "relationship", 0, "note", "Sees no gap yet", "occurredOn", ON));
        accepted(id, "/stakeholders/" + dana + "/assessments", map("receptivity", "T", "influence", 5,
                "relationship", 1, "note", "Fuel bill doubled", "occurredOn", "2026-10-08"));
        String initech = create(id, "/competitors", map("name", "Initech", "strengths", "Price",
                "weaknesses", "Service", "allies", List.of(ivan), "occurredOn", ON), "competitorId");
        String unitCost = create(id, "/key-points", map("criterion", "Unit cost", "bottomLine", "Below 40 EUR",
                "holders", List.of(map("stakeholderId", dana, "stance", "BLOCK", "influence", 5,
                        "concern", "Budget is fixed")), "occurredOn", ON), "keyPointId");
        accepted(id, "/key-points/" + unitCost + "/ratings", map("ourRating", "POOR",
                "competitorRatings", map(initech, "GOOD"), "occurredOn", ON));
        accepted(id, "/assessment", map("answers", List.of(
                map("question", "COMPELLING_REASON", "score", 5, "note", "Fuel bill doubled"),
                map("question", "SOLUTION_VALUE", "score", 4, "note", "ROI of 14 months")), "occurredOn", ON));
        accepted(id, "/smart-goal", map("goal", "Signed order for 400 trucks", "measure", "Purchase order received",
                "dueOn", "2027-03-31", "occurredOn", ON));
        String workshop = create(id, "/actions", map("what", "ROI workshop", "goal", "CFO accepts the business case",
                "owner", "sam", "dueOn", "2026-11-30", "method", "Workshop on site", "side", "EXTERNAL",
                "influences", "STAKEHOLDER", "stakeholderId", dana, "keyPointId", unitCost,
                "strategy", "LOWER_BOTTOM_LINE", "occurredOn", ON), "actionId");
        String chain = create(id, "/actions", map("what", "Map the approval chain", "goal", "Know who signs",
                "owner", "rita", "dueOn", "2026-11-15", "side", "EXTERNAL", "influences", "DECISION_PROCESS",
                "occurredOn", ON), "actionId");
        accepted(id, "/actions/" + chain + "/completion", map("result", "The CEO signs above 100k", "goalMet", true,
                "occurredOn", "2026-10-09"));
        String risk = create(id, "/risks", map("description", "Delivery of 400 units by March",
                "category", "DELIVERY", "occurredOn", ON), "riskId");
        accepted(id, "/risks/" + risk + "/mitigation", map("mitigation", "Plant reserved capacity",
                "occurredOn", "2026-10-09"));
        create(id, "/information-gaps", map("question", "Which budget line pays?", "occurredOn", ON),
                "informationGapId");
        create(id, "/internal-decisions", map("question", "May we offer 12 % discount?",
                "decidedBy", "Pricing committee", "occurredOn", ON), "internalDecisionId");
        buyingAction(id, "DECISION_MAKER_CONTACTED", "2026-10-06");
        buyingAction(id, "KEY_INFORMATION_SHARED", "2026-10-07");
        buyingAction(id, "KEY_ISSUES_AGREED", "2026-10-08");
        Api.Response last = accepted(id, "/buying-actions", map("type", "DECISION_MAKER_AGREED",
                "description", "Dana agreed verbally", "evidence", "call notes", "occurredOn", "2026-10-09"));

        JsonNode sheet = api.get(REP, "/api/opportunities/" + id + "/closing-plan?minVersion=" + last.version()).body();
        assertThat(sheet.path("smartGoal").path("goal").asString()).isEqualTo("Signed order for 400 trucks");
        assertThat(sheet.path("keyDecisionMakers")).hasSize(2);
        JsonNode decisionMaker = sheet.path("keyDecisionMakers").get(0);
        assertThat(decisionMaker.path("name").asString()).isEqualTo("Dana Weber");
        assertThat(decisionMaker.path("receptivity").asString()).isEqualTo("T");
        assertThat(decisionMaker.path("relationship").asInt()).isEqualTo(1);
        assertThat(sheet.path("keyDecisionMakers").get(1).path("allyOf").get(0).asString()).isEqualTo("Initech");
        assertThat(sheet.path("situation").path("previouslyAgreedActions").path("completed").asInt()).isEqualTo(1);
        assertThat(sheet.path("situation").path("previouslyAgreedActions").path("open").asInt()).isEqualTo(1);
        assertThat(texts(sheet.path("situation").path("preventingProgress"))).contains(
                "Information missing: Which budget line pays?",
                "Internal decision pending (Pricing committee): May we offer 12 % discount?");
        assertThat(texts(sheet.path("situation").path("couldPreventWinning"))).containsExactly(
                "A competitor is rated better on Unit cost.",
                "Blocked on Unit cost: we are rated POOR against the bottom line Below 40 EUR.");
        assertThat(sheet.path("needAndUrgency").path("answers").get(1).path("score").asInt()).isEqualTo(5);
        assertThat(sheet.path("closingPlan").path("influencingTheDecisionProcess").get(0).path("actionId").asString())
                .isEqualTo(chain);
        assertThat(sheet.path("closingPlan").path("risks").get(0).path("open").asBoolean()).isFalse();
        JsonNode keyPoint = sheet.path("pushBlock").path("keyPoints").get(0);
        assertThat(keyPoint.path("position").asString()).isEqualTo("BEHIND");
        assertThat(keyPoint.path("holders").get(0).path("stance").asString()).isEqualTo("BLOCK");
        assertThat(keyPoint.path("competitorRatings").get(0).path("rating").asString()).isEqualTo("GOOD");
        assertThat(keyPoint.path("strategies").get(0).path("actionId").asString()).isEqualTo(workshop);

        JsonNode certainty = sheet.path("certainty");
        assertThat(certainty.path("probability").asInt()).isEqualTo(40);
        assertThat(certainty.path("ladder").asInt()).isEqualTo(40);
        List<Integer> reached = new ArrayList<>();
        certainty.path("steps").forEach(step -> {
            if (step.path("reached").asBoolean()) {
                reached.add(step.path("certainty").asInt());
            }
        });
        // the decision maker's agreement (70 %) is on record, but counts only once 50 % and 60 % are verified too
        assertThat(reached).containsExactly(10, 20, 30, 40);
        assertThat(certainty.path("nextMilestone").path("certainty").asInt()).isEqualTo(50);
        assertThat(certainty.path("steps").get(6).path("evidence").get(0).path("type").asString())
                .isEqualTo("DECISION_MAKER_AGREED");
        assertThat(certainty.path("factors").get(0).path("verdict").asString()).isEqualTo("YES");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asString()));
        return texts;
    }

    @Test
    void anOverride_isTheProbabilityInDetailListAndFunnel_andVisibleAsSuchUntilRemoved_andAWinListsOpenActions() {
        String id = open("Override Ltd", "100000", "EUR");
        buyingAction(id, "DECISION_MAKER_CONTACTED", "2026-10-06");
        Api.Response overridden = accepted(id, "/certainty-override", map("certainty", 60,
                "reason", "Renewal of a framework contract", "occurredOn", "2026-10-07"));

        JsonNode detail = detailAt(id, overridden.version()).body();
        assertThat(detail.path("probability").asInt()).isEqualTo(60);
        assertThat(detail.path("certainty").path("ladder").asInt()).isEqualTo(20);
        assertThat(detail.path("certainty").path("overridden").asBoolean()).isTrue();
        assertThat(detail.path("certainty").path("overrideReason").asString()).isEqualTo("Renewal of a framework contract");
        JsonNode line = api.get(REP, "/api/opportunities?customer=Override%20Ltd").body().path("content").get(0);
        assertThat(line.path("probability").asInt()).isEqualTo(60);
        assertThat(line.path("certainty").path("overridden").asBoolean()).isTrue();
        JsonNode identify = api.get(REP, "/api/funnel?owner=" + REP).body().path("stages").get(0);
        assertThat(identify.path("overridden").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode history = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=" + overridden.version()).body();
        JsonNode override = history.path("entries").get((int) overridden.version());
        assertThat(override.path("type").asString()).isEqualTo("ClosingCertaintyOverridden");
        assertThat(override.path("recordedBy").asString()).isEqualTo(REP);
        assertThat(override.path("summary").asString()).isEqualTo("Closing certainty overridden by hand: 60 % "
                + "instead of the ladder's 20 %. Reason: Renewal of a framework contract");
        assertThat(history.path("entries").get(2).path("summary").asString())
                .isEqualTo("Closing certainty rose from 10 % to 20 %: Decision maker and influencers contacted, not resisting.");

        Api.Response removed = accepted(id, "/certainty-override/removal", map("reason", "Buyer changed",
                "occurredOn", "2026-10-08"));
        assertThat(detailAt(id, removed.version()).body().path("probability").asInt()).isEqualTo(20);

        String action = create(id, "/actions", map("what", "Reference visit", "goal", "Convince the CFO",
                "owner", "sam", "dueOn", "2026-11-30", "side", "EXTERNAL", "influences", "VISION",
                "occurredOn", "2026-10-08"), "actionId");
        Api.Response won = accepted(id, "/won", map("occurredOn", "2026-10-10"));
        assertThat(won.body().path("openActionIds").get(0).asString()).isEqualTo(action);
        JsonNode sheet = api.get(REP, "/api/opportunities/" + id + "/closing-plan?minVersion=" + won.version()).body();
        assertThat(sheet.path("closingPlan").path("openActionsAtWin").get(0).asString()).isEqualTo(action);
        assertThat(sheet.path("certainty").path("probability").asInt()).isEqualTo(100);
    }

    @Test
    void theBuyingCentre_listsEveryPersonWithTheHistoryOfTheirAssessments() {
        String id = open("People Inc", "10000", "EUR");
        String dana = create(id, "/stakeholders", map("name", "Dana", "role", "APPROVER", "occurredOn", ON),
                "stakeholderId");
        accepted(id, "/stakeholders/" + dana + "/assessments", map("receptivity", "O", "influence", 5,
                "relationship", -1, "occurredOn", ON));
        Api.Response second = accepted(id, "/stakeholders/" + dana + "/assessments", map("receptivity", "G",
                "influence", 5, "relationship", 2, "occurredOn", "2026-10-06"));
        Api.Response removed = accepted(id, "/stakeholders/" + dana + "/removal", map("removal", "LEFT",
                "reason", "Retired", "occurredOn", "2026-10-07"));

        JsonNode people = api.get(REP, "/api/opportunities/" + id + "/stakeholders?minVersion=" + removed.version())
                .body().path("stakeholders");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).path("active").asBoolean()).isFalse();
        assertThat(people.get(0).path("removal").asString()).isEqualTo("LEFT");
        assertThat(people.get(0).path("assessments")).hasSize(2);
        assertThat(people.get(0).path("assessments").get(0).path("receptivity").asString()).isEqualTo("O");
        assertThat(people.get(0).path("current").path("relationship").asInt()).isEqualTo(2);
        assertThat(second.version()).isEqualTo(3);

        Api.Response again = command(id, "/stakeholders/" + dana + "/assessments", map("receptivity", "G",
                "influence", 5, "relationship", 2, "occurredOn", "2026-10-08"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("rule")).isEqualTo("stakeholder-removed");
    }

    @Test
    void closingPlanRules_areNamedRejections_andStoreNothing() {
        String id = open("Rules GmbH", "10000", "EUR");
        Api.Response noDecisionMaker = command(id, "/buying-actions", map("type", "DECISION_MAKER_AGREED",
                "description", "said yes", "evidence", "call", "occurredOn", ON));
        assertThat(noDecisionMaker.status()).isEqualTo(409);
        assertThat(noDecisionMaker.text("rule")).isEqualTo("decision-maker-not-identified");
        assertThat(noDecisionMaker.header("Content-Type")).startsWith("application/problem+json");

        String action = create(id, "/actions", map("what", "Call", "goal", "Date", "owner", "sam",
                "dueOn", "2026-11-30", "side", "INTERNAL", "influences", "NEED", "occurredOn", ON), "actionId");
        Api.Response cancelled = accepted(id, "/actions/" + action + "/cancellation", map("reason", "Not needed",
                "occurredOn", ON));
        Api.Response completed = command(id, "/actions/" + action + "/completion", map("result", "done",
                "goalMet", true, "occurredOn", ON));
        assertThat(completed.status()).isEqualTo(409);
        assertThat(completed.text("rule")).isEqualTo("action-cancelled");

        Api.Response outOfRange = command(id, "/stakeholders", map("name", "X", "role", "SPONSOR", "occurredOn", ON));
        assertThat(outOfRange.status()).isEqualTo(200);
        String sponsor = outOfRange.text("stakeholderId");
        Api.Response badInfluence = command(id, "/stakeholders/" + sponsor + "/assessments", map("receptivity", "G",
                "influence", 9, "relationship", 3, "occurredOn", ON));
        assertThat(badInfluence.status()).isEqualTo(400);
        Api.Response badReceptivity = command(id, "/stakeholders/" + sponsor + "/assessments", map("receptivity", "X",
                "influence", 3, "relationship", 0, "occurredOn", ON));
        assertThat(badReceptivity.status()).isEqualTo(400);
        Api.Response unknownAction = command(id, "/actions/" + java.util.UUID.randomUUID() + "/completion",
                map("result", "done", "goalMet", true, "occurredOn", ON));
        assertThat(unknownAction.status()).isEqualTo(404);
        Api.Response unknownQuestion = command(id, "/assessment", map("answers", List.of(map("question", "COLOUR",
                "score", 3)), "occurredOn", ON));
        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(unknownQuestion.text("rule")).isEqualTo("unknown-assessment-question");

        JsonNode history = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=" + outOfRange.version()).body();
        assertThat(history.path("entries")).hasSize(4); // opened, planned, cancelled, identified: nothing else stored
        assertThat(cancelled.version()).isEqualTo(2);
    }

    @Test
    void missingInformationAndInternalDecisions_areClosedWithTheirAnswers_andLeaveTheSituation() {
        String id = open("Answers AG", "20000", "EUR");
        String gap = create(id, "/information-gaps", map("question", "Who signs above 100k?", "occurredOn", ON),
                "informationGapId");
        String decision = create(id, "/internal-decisions", map("question", "May we offer 12 % discount?",
                "decidedBy", "Pricing committee", "occurredOn", ON), "internalDecisionId");
        accepted(id, "/information-gaps/" + gap + "/closure", map("answer", "The CEO", "occurredOn", "2026-10-06"));
        Api.Response decided = accepted(id, "/internal-decisions/" + decision + "/decision",
                map("decision", "Approved up to 10 %", "occurredOn", "2026-10-07"));

        JsonNode sheet = api.get(REP, "/api/opportunities/" + id + "/closing-plan?minVersion=" + decided.version()).body();
        JsonNode gapView = sheet.path("closingPlan").path("missingInformation").get(0);
        assertThat(gapView.path("open").asBoolean()).isFalse();
        assertThat(gapView.path("answer").asString()).isEqualTo("The CEO");
        JsonNode decisionView = sheet.path("closingPlan").path("internalDecisions").get(0);
        assertThat(decisionView.path("pending").asBoolean()).isFalse();
        assertThat(decisionView.path("decision").asString()).isEqualTo("Approved up to 10 %");
        assertThat(texts(sheet.path("situation").path("preventingProgress")))
                .containsExactly("No next step agreed with the customer.",
                        "Not qualified yet: the deal cannot leave Identify before.",
                        "Exit criteria of Identify not verified yet: DECISION_MAKER_CONTACTED.");

        Api.Response again = command(id, "/internal-decisions/" + decision + "/decision",
                map("decision", "Approved up to 15 %", "occurredOn", "2026-10-08"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("rule")).isEqualTo("internal-decision-already-recorded");
        JsonNode history = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=" + decided.version()).body();
        assertThat(history.path("entries").get(3).path("summary").asString())
                .isEqualTo("Information obtained: Who signs above 100k? The CEO");
        assertThat(history.path("entries")).hasSize(5);
    }
}
