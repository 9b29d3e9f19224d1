package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's Monday over HTTP on PostgreSQL: funnel, forecast, conversion, attention list, reviews, and the past
 * as it was and as it was known. Every expected figure is worked out by hand in the comments.
 */
class ManagerViewApiTest extends ApiTest {

    /** The business zone of the tests is UTC; the attention list's figures count from today. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    // --- funnel and forecast: team East (east-ann, east-bob), fixed dates ---

    @Test
    void theFunnelAndTheForecastOfATeam_groupedAndFiltered() {
        // D1 ann  Acme East  GTX Pro   100000, close 2027-02-15, IDENTIFY, overridden to 80 %
        String d1 = openDeal("east-ann", "Acme East", "GTX Pro", "100000", "2027-02-15");
        accepted(d1, "/certainty-override", map("certainty", 80, "reason", "CFO signed the budget",
                "occurredOn", "2026-10-03"));
        // D2 ann  Bolt East  GTX Basic  40000, close 2027-03-20, UNDERSTAND_NEED at 20 % (decision maker met)
        String d2 = openDeal("east-ann", "Bolt East", "GTX Basic", "40000", "2027-03-20");
        qualify(d2);
        buyingAction(d2, "DECISION_MAKER_CONTACTED", "2026-10-05");
        advance(d2, "UNDERSTAND_NEED", "2026-10-06");
        // D3 bob  Acme East  GTX Pro    60000, close 2027-04-10, IDENTIFY at 10 %
        openDeal("east-bob", "Acme East", "GTX Pro", "60000", "2027-04-10");
        // D4 bob  Crane East GTX Pro    30000, won on 2026-11-10 for 32000
        String d4 = openDeal("east-bob", "Crane East", "GTX Pro", "30000", "2027-01-31");
        accepted(d4, "/won", map("wonValue", map("amount", "32000", "currency", "EUR"), "occurredOn", "2026-11-10"));
        // D5 bob  Dyno East  GTX Pro    20000, close 2027-02-28 slipped to 2027-05-15, IDENTIFY at 10 %
        String d5 = openDeal("east-bob", "Dyno East", "GTX Pro", "20000", "2027-02-28");
        accepted(d5, "/revisions", map("expectedCloseOn", "2027-05-15", "reason", "Budget frozen until May",
                "occurredOn", "2026-11-05"));
        // D6 ann  Echo East  GTX Pro    15000, lost on 2026-11-12
        String d6 = openDeal("east-ann", "Echo East", "GTX Pro", "15000", "2027-01-15");
        accepted(d6, "/lost", map("reason", "PRICE", "competitor", "Initech", "occurredOn", "2026-11-12"));
        awaitProjectionsCaughtUp();

        // open: D1 IDENTIFY 100000 w 80000; D2 UNDERSTAND_NEED 40000 w 8000; D3 IDENTIFY 60000 w 6000;
        //       D5 IDENTIFY 20000 w 2000
        JsonNode funnel = get("/api/funnel?team=East");
        assertLine(stage(funnel, "IDENTIFY"), 3, "180000", "88000");
        assertThat(stage(funnel, "IDENTIFY").path("overridden").asLong()).isEqualTo(1);
        assertLine(stage(funnel, "UNDERSTAND_NEED"), 1, "40000", "8000");
        assertAmount(funnel.path("totals").get(0), 4, "220000", "96000");

        JsonNode byOwner = get("/api/funnel?team=East&groupBy=owner");
        assertThat(byOwner.path("groupBy").asString()).isEqualTo("owner");
        assertAmount(group(byOwner, "east-ann").path("totals").get(0), 2, "140000", "88000");
        assertAmount(group(byOwner, "east-bob").path("totals").get(0), 2, "80000", "8000");

        JsonNode byQuarter = get("/api/funnel?team=East&groupBy=quarter");
        assertAmount(group(byQuarter, "2027-Q1").path("totals").get(0), 2, "140000", "88000");
        assertAmount(group(byQuarter, "2027-Q2").path("totals").get(0), 2, "80000", "8000");

        JsonNode byCustomer = get("/api/funnel?team=East&groupBy=customer");
        assertAmount(group(byCustomer, "Acme East").path("totals").get(0), 2, "160000", "86000");
        JsonNode byProduct = get("/api/funnel?team=East&groupBy=product");
        assertAmount(group(byProduct, "GTX Basic").path("totals").get(0), 1, "40000", "8000");
        assertAmount(group(byProduct, "GTX Pro").path("totals").get(0), 3, "180000", "88000");
        JsonNode byTeam = get("/api/funnel?owner=east-bob&groupBy=team");
        assertThat(byTeam.path("groups")).hasSize(1);
        assertThat(group(byTeam, "East").path("count").asLong()).isEqualTo(2);

        JsonNode firstQuarter = get("/api/funnel?team=East&expectedClose=2027-Q1");
        assertAmount(firstQuarter.path("totals").get(0), 2, "140000", "88000");
        JsonNode february = get("/api/funnel?team=East&expectedClose=2027-02&product=GTX%20Pro");
        assertAmount(february.path("totals").get(0), 1, "100000", "80000");

        JsonNode forecast = get("/api/forecast?team=East&period=quarter&from=2026-Q4&periods=3");
        assertThat(forecast.path("commitCertainty").asInt()).isEqualTo(70);
        JsonNode q4 = forecast.path("periods").get(0);
        assertThat(q4.path("period").asString()).isEqualTo("2026-Q4");
        assertThat(q4.path("open")).isEmpty();
        assertThat(q4.path("closed").path("won").asLong()).isEqualTo(1);
        assertThat(q4.path("closed").path("lost").asLong()).isEqualTo(1);
        assertThat(q4.path("closed").path("wonAmounts").get(0).path("total").decimalValue()).isEqualByComparingTo("32000");
        JsonNode q1 = forecast.path("periods").get(1).path("open").get(0);
        assertAmount(q1, 2, "140000", "88000");
        assertThat(q1.path("committedCount").asLong()).isEqualTo(1);
        assertThat(q1.path("committed").decimalValue()).isEqualByComparingTo("100000");
        JsonNode slipped = forecast.path("periods").get(1).path("slipped");
        assertThat(slipped).hasSize(1);
        assertThat(slipped.get(0).path("opportunityId").asString()).isEqualTo(d5);
        assertThat(slipped.get(0).path("from").asString()).isEqualTo("2027-02-28");
        assertThat(slipped.get(0).path("to").asString()).isEqualTo("2027-05-15");
        assertThat(slipped.get(0).path("reason").asString()).isEqualTo("Budget frozen until May");
        JsonNode q2 = forecast.path("periods").get(2).path("open").get(0);
        assertAmount(q2, 2, "80000", "8000");
        assertThat(q2.path("committedCount").asLong()).isZero();

        assertThat(api.get(REP, "/api/funnel?team=Nowhere").status()).isEqualTo(400);
        assertThat(api.get(REP, "/api/funnel?groupBy=colour").status()).isEqualTo(400);
        assertThat(api.get(REP, "/api/funnel?expectedClose=2027-13").status()).isEqualTo(400);
        assertThat(api.get(REP, "/api/forecast?period=week").status()).isEqualTo(400);
        Api.Response tooLong = api.get(REP, "/api/forecast?owner=" + "x".repeat(101));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.header("Content-Type")).contains("application/problem+json");
    }

    // --- conversion: one owner's deals closed in November 2026 ---

    @Test
    void conversion_countsTheTransitionsThatHappened_regressionsIncluded() {
        String owner = "conv-" + UUID.randomUUID();
        // C1: IDENTIFY 10-01..10-05 (4 d, advanced), UNDERSTAND_NEED 10-05..10-08 (3 d, moved back),
        //     IDENTIFY 10-08..10-10 (2 d, advanced), UNDERSTAND_NEED 10-10..11-09 (30 d, won); cycle 39 d
        String c1 = openDeal(owner, "Conv One", "GTX Pro", "10000", "2027-03-31");
        qualify(c1);
        buyingAction(c1, "DECISION_MAKER_CONTACTED", "2026-10-03");
        advance(c1, "UNDERSTAND_NEED", "2026-10-05");
        accepted(c1, "/stage/move-back", map("toStage", "IDENTIFY", "reason", "A new need surfaced",
                "occurredOn", "2026-10-08"));
        advance(c1, "UNDERSTAND_NEED", "2026-10-10");
        accepted(c1, "/won", map("occurredOn", "2026-11-09"));
        // C2: IDENTIFY 10-01..11-04 (34 d, lost); cycle 34 d
        String c2 = openDeal(owner, "Conv Two", "GTX Pro", "10000", "2027-03-31");
        accepted(c2, "/lost", map("reason", "PRICE", "occurredOn", "2026-11-04"));
        // C3: IDENTIFY 10-01..10-11 (10 d, advanced), UNDERSTAND_NEED 10-11..11-15 (35 d, withdrawn); cycle 45 d
        String c3 = openDeal(owner, "Conv Three", "GTX Pro", "10000", "2027-03-31");
        qualify(c3);
        buyingAction(c3, "DECISION_MAKER_CONTACTED", "2026-10-03");
        advance(c3, "UNDERSTAND_NEED", "2026-10-11");
        accepted(c3, "/withdrawal", map("kind", "NO_DECISION", "reason", "Project shelved", "occurredOn", "2026-11-15"));
        // C4 is still open: not in the report
        openDeal(owner, "Conv Four", "GTX Pro", "10000", "2027-03-31");
        awaitProjectionsCaughtUp();

        JsonNode conversion = getAs(owner, "/api/funnel/conversion?closedFrom=2026-11-01&closedTo=2026-11-30&owner=" + owner);
        JsonNode outcomes = conversion.path("outcomes");
        assertThat(outcomes.path("deals").asLong()).isEqualTo(3);
        assertThat(outcomes.path("won").asLong()).isEqualTo(1);
        assertThat(outcomes.path("lost").asLong()).isEqualTo(1);
        assertThat(outcomes.path("withdrawn").asLong()).isEqualTo(1);
        assertThat(outcomes.path("winRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(outcomes.path("winRateExcludingWithdrawn").decimalValue()).isEqualByComparingTo("0.5");

        // IDENTIFY: reached by 3, left forwards by 2 (C1 twice counts once), lost 1; stays 2, 4, 10, 34
        JsonNode identify = stage(conversion, "IDENTIFY");
        assertThat(identify.path("reached").asLong()).isEqualTo(3);
        assertThat(identify.path("advanced").asLong()).isEqualTo(2);
        assertThat(identify.path("lost").asLong()).isEqualTo(1);
        assertThat(identify.path("conversionRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(identify.path("winRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertDays(identify.path("timeInStage"), 4, "7.0", "12.5");
        // UNDERSTAND_NEED: reached by 2, moved back once, won 1, withdrawn 1; stays 3, 30, 35
        JsonNode understand = stage(conversion, "UNDERSTAND_NEED");
        assertThat(understand.path("reached").asLong()).isEqualTo(2);
        assertThat(understand.path("advanced").asLong()).isZero();
        assertThat(understand.path("movedBack").asLong()).isEqualTo(1);
        assertThat(understand.path("won").asLong()).isEqualTo(1);
        assertThat(understand.path("withdrawn").asLong()).isEqualTo(1);
        assertThat(understand.path("conversionRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(understand.path("winRate").decimalValue()).isEqualByComparingTo("0.5");
        assertDays(understand.path("timeInStage"), 3, "30.0", "22.7");
        assertThat(stage(conversion, "NEGOTIATE").path("reached").asLong()).isZero();
        assertThat(stage(conversion, "NEGOTIATE").path("winRate").isNull()).isTrue();

        assertThat(transitions(conversion)).containsExactly(
                "IDENTIFY>UNDERSTAND_NEED ADVANCED 3", "IDENTIFY>LOST LOST 1",
                "UNDERSTAND_NEED>IDENTIFY MOVED_BACK 1", "UNDERSTAND_NEED>WITHDRAWN WITHDRAWN 1",
                "UNDERSTAND_NEED>WON WON 1");
        assertDays(conversion.path("cycle"), 3, "39.0", "39.3");
        assertDays(conversion.path("wonCycle"), 1, "39.0", "39.0");

        assertThat(api.get(REP, "/api/funnel/conversion?closedFrom=2026-11-30&closedTo=2026-11-01").status())
                .isEqualTo(400);
        assertThat(api.get(REP, "/api/funnel/conversion?closedFrom=2026-11-01").status()).isEqualTo(400);
    }

    // --- attention list and reviews: team West (west-kim, west-lee), dates counted from today ---

    @Test
    void theAttentionList_saysWhyEachDealIsOnIt_mostUrgentFirst_andAReviewSettlesASlip() {
        // W1 kim: qualified, moved 5 days ago, next step due 2 days ago            -> NEXT_STEP_OVERDUE (3)
        String w1 = openDeal("west-kim", "West One", "GTX Pro", "10000", day(100), day(-40));
        qualify(w1, day(-39));
        buyingAction(w1, "DECISION_MAKER_CONTACTED", day(-5));
        accepted(w1, "/next-steps", map("description", "Site visit", "goal", "Agree the scope", "dueOn", day(-2),
                "customerOwner", "Jane", "occurredOn", day(-10)));
        // W2 kim: 150000, closes in 10 days, unqualified, in IDENTIFY for 40 days (usual 14)
        //         -> CLOSING_SOON (3) + NOT_MOVING (2) + IMPORTANT (2) + NEW (1) = 8
        String w2 = openDeal("west-kim", "West Two", "GTX Pro", "150000", day(10), day(-40));
        // W3 lee: close date slipped 3 days ago, never reviewed                     -> CLOSE_DATE_SLIPPED (2)
        String w3 = openDeal("west-lee", "West Three", "GTX Pro", "5000", day(60), day(-20));
        qualify(w3, day(-19));
        buyingAction(w3, "DECISION_MAKER_CONTACTED", day(-2));
        accepted(w3, "/revisions", map("expectedCloseOn", day(90), "reason", "Board meets later",
                "occurredOn", day(-3)));
        // W4 lee: slipped 5 days ago, reviewed yesterday with the next review today -> REVIEW_DUE (2)
        String w4 = openDeal("west-lee", "West Four", "GTX Pro", "5000", day(150), day(-20));
        qualify(w4, day(-19));
        buyingAction(w4, "DECISION_MAKER_CONTACTED", day(-1));
        accepted(w4, "/revisions", map("expectedCloseOn", day(200), "reason", "Pilot first",
                "occurredOn", day(-5)));
        Api.Response reviewed = api.post(MANAGER, "/api/opportunities/" + w4 + "/reviews", map(
                "answers", map("stageAssessment", "Still identifying: no decision maker met",
                        "agreedActionsStatus", "Pilot agreed", "blockingIssues", "Budget owner unknown",
                        "couldPreventWinning", "Initech's pilot", "requiredToWin", "Meet the budget owner"),
                "findings", "Single-threaded through IT",
                "actionsAgreed", List.of(map("what", "Meet the budget owner", "goal", "Budget confirmed",
                        "owner", "west-lee", "dueOn", day(7), "side", "EXTERNAL", "influences", "DECISION_PROCESS")),
                "nextReviewOn", day(0), "occurredOn", day(-1)));
        assertThat(reviewed.status()).as(reviewed.body().toString()).isEqualTo(200);
        assertThat(reviewed.text("reviewId")).isNotBlank();
        assertThat(reviewed.body().path("agreedActionIds")).hasSize(1);
        // W5 lee: strategic value scored 5 (threshold 4), 6000, closes with W4       -> IMPORTANT (2)
        String w5 = openDeal("west-lee", "West Five", "GTX Pro", "6000", day(200), day(-20));
        qualify(w5, day(-19));
        buyingAction(w5, "DECISION_MAKER_CONTACTED", day(-1));
        accepted(w5, "/assessment", map("answers", List.of(map("question", "STRATEGIC_VALUE", "score", 5,
                "note", "First customer in rail")), "occurredOn", day(-1)));
        // W6 lee: nothing to look at
        String w6 = openDeal("west-lee", "West Six", "GTX Pro", "5000", day(200), day(-20));
        qualify(w6, day(-19));
        buyingAction(w6, "DECISION_MAKER_CONTACTED", day(-1));
        awaitProjectionsCaughtUp();

        // urgency 8, 3, then the 2s by expected close (W3 in 90 days, W5 and W4 in 200) and value (W5 6000 > W4 5000)
        JsonNode attention = get("/api/attention?team=West");
        assertThat(attention.path("today").asString()).isEqualTo(TODAY.toString());
        assertThat(attention.path("total").asLong()).isEqualTo(5);
        assertThat(ids(attention)).containsExactly(w2, w1, w3, w5, w4);
        assertThat(reasons(attention.path("items").get(0)))
                .containsExactly("CLOSING_SOON", "NOT_MOVING", "IMPORTANT", "NEW");
        assertThat(attention.path("items").get(0).path("urgency").asInt()).isEqualTo(8);
        assertThat(attention.path("items").get(0).path("reasons").get(1).path("detail").asString())
                .isEqualTo("No stage change and no buying action since " + day(-40) + ", 40 day(s); deals usually "
                        + "stay 14 day(s) in stage IDENTIFY.");
        assertThat(reasons(attention.path("items").get(1))).containsExactly("NEXT_STEP_OVERDUE");
        assertThat(attention.path("items").get(1).path("reasons").get(0).path("detail").asString())
                .isEqualTo("The next step agreed with the customer was due on " + day(-2) + ", 2 day(s) ago.");
        assertThat(reasons(attention.path("items").get(2))).containsExactly("CLOSE_DATE_SLIPPED");
        assertThat(reasons(attention.path("items").get(3))).containsExactly("IMPORTANT");
        assertThat(attention.path("items").get(3).path("reasons").get(0).path("detail").asString())
                .isEqualTo("Important: strategic value scored 5 of 5.");
        assertThat(reasons(attention.path("items").get(4))).containsExactly("REVIEW_DUE");
        assertThat(attention.path("items").get(4).path("team").asString()).isEqualTo("West");

        JsonNode kims = get("/api/attention?owner=west-kim");
        assertThat(ids(kims)).containsExactly(w2, w1);
        JsonNode secondPage = get("/api/attention?team=West&page=1&size=2");
        assertThat(ids(secondPage)).containsExactly(w3, w5);
        assertThat(secondPage.path("total").asLong()).isEqualTo(5);

        // the review, in the detail, the history and the closing plan
        JsonNode detail = get("/api/opportunities/" + w4);
        assertThat(detail.path("nextReviewOn").asString()).isEqualTo(day(0));
        JsonNode review = detail.path("reviews").get(0);
        assertThat(review.path("reviewedBy").asString()).isEqualTo(MANAGER);
        assertThat(review.path("stage").asString()).isEqualTo("IDENTIFY");
        assertThat(review.path("blockingIssues").asString()).isEqualTo("Budget owner unknown");
        assertThat(review.path("findings").asString()).isEqualTo("Single-threaded through IT");
        String actionId = reviewed.body().path("agreedActionIds").get(0).asString();
        assertThat(review.path("agreedActionIds").get(0).asString()).isEqualTo(actionId);
        JsonNode history = get("/api/opportunities/" + w4 + "/history");
        assertThat(StreamSupport.stream(history.path("entries").spliterator(), false)
                .map(entry -> entry.path("summary").asString()))
                .anyMatch(summary -> summary.startsWith("Reviewed by maria in stage Identify.")
                        && summary.endsWith("1 action(s) agreed. Next review on " + day(0) + "."));
        JsonNode plan = get("/api/opportunities/" + w4 + "/closing-plan");
        assertThat(plan.toString()).contains(actionId).contains("Meet the budget owner");

        // only managers review; a bad review changes nothing
        assertThat(api.post(REP, "/api/opportunities/" + w6 + "/reviews", map()).status()).isEqualTo(403);
        Api.Response tooSoon = api.post(MANAGER, "/api/opportunities/" + w6 + "/reviews", map(
                "answers", map("stageAssessment", "a", "agreedActionsStatus", "b", "blockingIssues", "c",
                        "couldPreventWinning", "d", "requiredToWin", "e"),
                "findings", "f", "nextReviewOn", day(-1), "occurredOn", day(-1)));
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.body().path("rule").asString()).isEqualTo("next-review-not-after-review");
        assertThat(api.post(MANAGER, "/api/opportunities/" + w6 + "/reviews", map("findings", "f",
                "nextReviewOn", day(7))).status()).isEqualTo(400);
        // opened, qualified, buying action, certainty risen: no review
        assertThat(get("/api/opportunities/" + w6 + "/history").path("entries")).hasSize(4);
    }

    // --- the past: as it was, and as it was known ---

    @Test
    void asOfAndKnownAt_tellTheDealAsItWasAndAsItWasKnown_whenAFactWasRecordedLate() throws InterruptedException {
        String owner = "asof-" + UUID.randomUUID();
        String deal = openDeal(owner, "Late Facts", "GTX Pro", "50000", "2027-03-31");
        qualify(deal);
        buyingAction(deal, "DECISION_MAKER_CONTACTED", "2026-10-05");    // 20 %
        advance(deal, "UNDERSTAND_NEED", "2026-10-06");
        awaitProjectionsCaughtUp();
        Thread.sleep(5);
        Instant before = Instant.now();
        Thread.sleep(5);
        // recorded only now: the key information was shared on 2026-10-04   -> 30 % from that day on
        buyingAction(deal, "KEY_INFORMATION_SHARED", "2026-10-04");
        accepted(deal, "/revisions", map("estimatedValue", map("amount", "60000", "currency", "EUR"),
                "reason", "Two more depots", "occurredOn", "2026-10-20"));
        awaitProjectionsCaughtUp();

        // as it was on 2026-10-10, with today's knowledge: 30 %, 50000
        JsonNode asItWas = getAs(owner, "/api/opportunities/" + deal + "?asOf=2026-10-10");
        assertThat(asItWas.path("stage").path("code").asString()).isEqualTo("UNDERSTAND_NEED");
        assertThat(asItWas.path("probability").asInt()).isEqualTo(30);
        assertThat(asItWas.path("estimatedValue").path("amount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(asItWas.path("buyingActions")).hasSize(2);
        // as it was on 2026-10-10, as known before the late fact: 20 %
        String knownThen = "&knownAt=" + before;
        JsonNode asKnownThen = getAs(owner, "/api/opportunities/" + deal + "?asOf=2026-10-10" + knownThen);
        assertThat(asKnownThen.path("probability").asInt()).isEqualTo(20);
        assertThat(asKnownThen.path("buyingActions")).hasSize(1);
        // as known then, whatever the business day: 20 %, 50000, in UNDERSTAND_NEED
        JsonNode knownAtOnly = getAs(owner, "/api/opportunities/" + deal + "?knownAt=" + before);
        assertThat(knownAtOnly.path("probability").asInt()).isEqualTo(20);
        assertThat(knownAtOnly.path("estimatedValue").path("amount").decimalValue()).isEqualByComparingTo("50000");
        // on 2026-10-05 it was still in IDENTIFY, both buying actions had happened: 30 %
        JsonNode early = getAs(owner, "/api/opportunities/" + deal + "?asOf=2026-10-05");
        assertThat(early.path("stage").path("code").asString()).isEqualTo("IDENTIFY");
        assertThat(early.path("probability").asInt()).isEqualTo(30);
        // on 2026-10-04 only the key information was shared; the 20 % step below it was not verified yet: 10 %
        assertThat(getAs(owner, "/api/opportunities/" + deal + "?asOf=2026-10-04").path("probability").asInt()).isEqualTo(10);
        // before the opening it did not exist
        Api.Response before1001 = api.get(owner, "/api/opportunities/" + deal + "?asOf=2026-09-30");
        assertThat(before1001.status()).isEqualTo(404);
        assertThat(before1001.body().path("title").asString()).isEqualTo("Unknown opportunity at that moment");

        // the funnel: 50000 at 30 % = 15000 as it was; at 20 % = 10000 as known then; 60000 at 30 % = 18000 live
        assertAmount(getAs(owner, "/api/funnel?owner=" + owner + "&asOf=2026-10-10").path("totals").get(0), 1, "50000", "15000");
        assertAmount(getAs(owner, "/api/funnel?owner=" + owner + "&asOf=2026-10-10" + knownThen).path("totals").get(0),
                1, "50000", "10000");
        assertAmount(getAs(owner, "/api/funnel?owner=" + owner).path("totals").get(0), 1, "60000", "18000");
        assertThat(getAs(owner, "/api/funnel?owner=" + owner + "&asOf=2026-09-30").path("totals")).isEmpty();

        // the list and the forecast the same way
        JsonNode list = getAs(owner, "/api/opportunities?owner=" + owner + "&asOf=2026-10-10" + knownThen);
        assertThat(list.path("content")).hasSize(1);
        assertThat(list.path("content").get(0).path("probability").asInt()).isEqualTo(20);
        assertThat(list.path("page").path("totalElements").asLong()).isEqualTo(1);
        assertThat(getAs(owner, "/api/opportunities?owner=" + owner + "&asOf=2026-10-10").path("content").get(0)
                .path("probability").asInt()).isEqualTo(30);
        JsonNode forecast = getAs(owner, "/api/forecast?owner=" + owner + "&from=2027-Q1&periods=1&asOf=2026-10-10");
        assertAmount(forecast.path("periods").get(0).path("open").get(0), 1, "50000", "15000");

        // a moment still to come is not history
        assertThat(api.get(REP, "/api/funnel?asOf=" + TODAY.plusDays(2)).status()).isEqualTo(400);
        assertThat(api.get(owner, "/api/opportunities/" + deal + "?knownAt=" + Instant.now().plusSeconds(3600))
                .status()).isEqualTo(400);
        assertThat(api.get(REP, "/api/funnel?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void asOfTodayAsKnownNow_isTheLiveState() {
        String owner = "now-" + UUID.randomUUID();
        String deal = openDeal(owner, "Same Now", "GTX Pro", "25000", "2027-03-31");
        qualify(deal);
        buyingAction(deal, "DECISION_MAKER_CONTACTED", "2026-10-05");
        advance(deal, "UNDERSTAND_NEED", "2026-10-06");
        accepted(deal, "/next-steps", map("description", "Workshop", "goal", "Key issues", "dueOn", "2027-01-10",
                "customerOwner", "Jane", "occurredOn", "2026-10-07"));
        String other = openDeal(owner, "Same Now Two", "GTX Basic", "7000", "2027-02-28");
        accepted(other, "/withdrawal", map("kind", "DISQUALIFIED", "reason", "No fit", "occurredOn", "2026-10-09"));
        awaitProjectionsCaughtUp();
        String now = "asOf=" + TODAY + "&knownAt=" + Instant.now();

        assertThat(getAs(owner, "/api/opportunities/" + deal + "?" + now)).isEqualTo(getAs(owner, "/api/opportunities/" + deal));
        assertThat(getAs(owner, "/api/opportunities?owner=" + owner + "&sort=customer&" + now))
                .isEqualTo(getAs(owner, "/api/opportunities?owner=" + owner + "&sort=customer"));
        assertThat(getAs(owner, "/api/funnel?owner=" + owner + "&groupBy=quarter&" + now))
                .isEqualTo(getAs(owner, "/api/funnel?owner=" + owner + "&groupBy=quarter"));
        JsonNode forecastNow = getAs(owner, "/api/forecast?owner=" + owner + "&from=2026-Q4&periods=3&" + now);
        JsonNode forecastLive = getAs(owner, "/api/forecast?owner=" + owner + "&from=2026-Q4&periods=3");
        assertThat(forecastNow.path("periods")).isEqualTo(forecastLive.path("periods"));
    }

    // --- helpers ---

    private String openDeal(String owner, String customer, String product, String amount, String expectedCloseOn) {
        return openDeal(owner, customer, product, amount, expectedCloseOn, "2026-10-01");
    }

    private String openDeal(String owner, String customer, String product, String amount, String expectedCloseOn,
                            String openedOn) {
        Map<String, Object> request = openRequest(customer, amount, "EUR");
        request.put("owner", owner);
        request.put("product", product);
        request.put("expectedCloseOn", expectedCloseOn);
        request.put("occurredOn", openedOn);
        Api.Response opened = api.post(owner, "/api/opportunities", request);
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return owned(opened.text("opportunityId"), owner);
    }

    private void qualify(String opportunityId, String on) {
        Map<String, Object> met = map("met", true, "note", "confirmed");
        accepted(opportunityId, "/qualification", map("identifiedNeed", met, "intentToBuyOrReplace", met,
                "funds", met, "timeFrame", met, "occurredOn", on));
    }

    private static String day(int fromToday) {
        return TODAY.plusDays(fromToday).toString();
    }

    /** As the manager of East and West. */
    private JsonNode get(String path) {
        return getAs(MANAGER, path);
    }

    /** As a user who sees their own deals: the owner of a test's own deals. */
    private JsonNode getAs(String user, String path) {
        Api.Response response = api.get(user, path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode stage(JsonNode report, String code) {
        return StreamSupport.stream(report.path("stages").spliterator(), false)
                .filter(line -> line.path("stage").asString().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no stage " + code + " in " + report));
    }

    private static JsonNode group(JsonNode funnel, String key) {
        return StreamSupport.stream(funnel.path("groups").spliterator(), false)
                .filter(group -> group.path("group").asString().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + key + " in " + funnel));
    }

    private static void assertLine(JsonNode line, long count, String total, String weighted) {
        assertThat(line.path("count").asLong()).as(line.toString()).isEqualTo(count);
        assertAmount(line.path("amounts").get(0), count, total, weighted);
    }

    private static void assertAmount(JsonNode amount, long count, String total, String weighted) {
        assertThat(amount).as("no amount").isNotNull();
        assertThat(amount.path("currency").asString()).as(amount.toString()).isEqualTo("EUR");
        assertThat(amount.path("count").asLong()).as(amount.toString()).isEqualTo(count);
        assertThat(amount.path("total").decimalValue()).as(amount.toString()).isEqualByComparingTo(total);
        assertThat(amount.path("weighted").decimalValue()).as(amount.toString()).isEqualByComparingTo(weighted);
    }

    private static void assertDays(JsonNode days, long count, String median, String mean) {
        assertThat(days.path("count").asLong()).as(days.toString()).isEqualTo(count);
        assertThat(days.path("median").decimalValue()).as(days.toString()).isEqualByComparingTo(median);
        assertThat(days.path("mean").decimalValue()).as(days.toString()).isEqualByComparingTo(mean);
    }

    private static List<String> transitions(JsonNode conversion) {
        return StreamSupport.stream(conversion.path("transitions").spliterator(), false)
                .map(t -> t.path("from").asString() + ">" + t.path("to").asString() + " " + t.path("kind").asString()
                        + " " + t.path("count").asLong())
                .toList();
    }

    private static List<String> ids(JsonNode attention) {
        return StreamSupport.stream(attention.path("items").spliterator(), false)
                .map(item -> item.path("opportunityId").asString()).toList();
    }

    private static List<String> reasons(JsonNode item) {
        return StreamSupport.stream(item.path("reasons").spliterator(), false)
                .map(reason -> reason.path("reason").asString()).toList();
    }
}
