package io.opportunities.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what (OWASP API1), over HTTP on PostgreSQL: every command endpoint and every read of one deal, for each
 * kind of user, on a deal of rita's (team North, managed by maria): rita, its owner; maria, her manager; sam, a rep
 * of her team; olga, the manager of another team; pete, a rep of that team; adam, an administrator. Whoever may not
 * see the deal gets exactly the answer of a deal that does not exist; whoever may see but not change it gets 403;
 * none of those stores an event. The lists and reports of those who may not see it never show it.
 */
class AccessApiTest extends ApiTest {

    private static final List<String> HIDDEN_FROM = List.of("sam", "olga", "pete");

    @Autowired
    JdbcClient jdbc;

    private String deal;
    private String closedDeal;
    private final String customer = "Hidden-" + UUID.randomUUID();

    @BeforeEach
    void ritasDeals() {
        deal = open(customer, "48000", "EUR");
        closedDeal = open(customer + " closed", "1000", "EUR");
        accepted(closedDeal, "/won", map("occurredOn", "2026-11-10"));
    }

    /** Every command endpoint, with a body its owner's command passes validation with. */
    private Map<String, Map<String, Object>> commands(String id) {
        Map<String, Object> met = map("met", true, "note", "confirmed");
        String any = UUID.randomUUID().toString();
        Map<String, Map<String, Object>> commands = new LinkedHashMap<>();
        commands.put("/qualification", map("identifiedNeed", met, "intentToBuyOrReplace", met, "funds", met,
                "timeFrame", met, "occurredOn", "2026-10-02"));
        commands.put("/buying-actions", map("type", "DECISION_MAKER_CONTACTED", "description", "CFO met",
                "evidence", "minutes", "occurredOn", "2026-10-05"));
        commands.put("/stage/advance", map("toStage", "UNDERSTAND_NEED", "occurredOn", "2026-10-05"));
        commands.put("/stage/move-back", map("toStage", "IDENTIFY", "reason", "Need unclear", "occurredOn", "2026-10-06"));
        commands.put("/next-steps", map("description", "Demo", "goal", "Show it", "dueOn", "2027-01-10",
                "customerOwner", "Jane", "occurredOn", "2026-10-06"));
        commands.put("/next-steps/" + any + "/outcome", map("outcome", "DONE", "result", "Done",
                "occurredOn", "2026-10-07"));
        commands.put("/revisions", map("expectedCloseOn", "2027-04-30", "reason", "Board moved",
                "occurredOn", "2026-10-07"));
        commands.put("/stakeholders", map("name", "Dana", "title", "CFO", "role", "DECISION_MAKER",
                "occurredOn", "2026-10-07"));
        commands.put("/stakeholders/" + any + "/assessments", map("receptivity", "T", "influence", 5,
                "relationship", 1, "occurredOn", "2026-10-07"));
        commands.put("/competitors", map("name", "Initech " + any, "occurredOn", "2026-10-07"));
        commands.put("/key-points", map("criterion", "Cost", "bottomLine", "Below 40 EUR", "occurredOn", "2026-10-07"));
        commands.put("/assessment", map("answers", List.of(map("question", "COMPELLING_REASON", "score", 5)),
                "occurredOn", "2026-10-07"));
        commands.put("/smart-goal", map("goal", "Signed order", "measure", "PO received", "dueOn", "2027-03-31",
                "occurredOn", "2026-10-07"));
        commands.put("/actions", map("what", "ROI workshop", "goal", "CFO convinced", "owner", "rita",
                "dueOn", "2027-01-05", "side", "EXTERNAL", "influences", "VISION", "occurredOn", "2026-10-07"));
        commands.put("/risks", map("description", "Delivery", "category", "DELIVERY", "occurredOn", "2026-10-07"));
        commands.put("/certainty-override", map("certainty", 60, "reason", "CFO said yes", "occurredOn", "2026-10-07"));
        commands.put("/reviews", map("answers", map("stageAssessment", "s", "agreedActionsStatus", "a",
                        "blockingIssues", "b", "couldPreventWinning", "c", "requiredToWin", "r"), "findings", "f",
                "nextReviewOn", "2027-01-20", "occurredOn", "2026-10-08"));
        commands.put("/lost", map("reason", "PRICE", "competitor", "Initech", "occurredOn", "2026-10-09"));
        return commands;
    }

    @Test
    void everyCommandOnAnotherRepsDeal_isUnknownToThoseWhoMayNotSeeIt_andForbiddenToThoseWhoMay() {
        long before = events();
        int tried = 0;
        for (Map.Entry<String, Map<String, Object>> command : commands(deal).entrySet()) {
            String path = command.getKey();
            Map<String, Object> body = command.getValue();
            String nowhere = UUID.randomUUID().toString();
            for (String user : HIDDEN_FROM) {
                // a rep's review is refused whatever the deal, before any deal is looked at
                int expected = path.equals("/reviews") && !user.equals("olga") ? 403 : 404;
                Api.Response hidden = api.post(user, "/api/opportunities/" + deal + path, body);
                Api.Response unknown = api.post(user, "/api/opportunities/" + nowhere + path, body);
                assertThat(hidden.status()).as(user + " " + path + " " + hidden.body()).isEqualTo(expected);
                assertThat(hidden.body().toString().replace(deal, "ID"))
                        .as(user + " " + path).isEqualTo(unknown.body().toString().replace(nowhere, "ID"));
                // not even a version conflict tells the deal exists
                Api.Response stale = api.post(user, "/api/opportunities/" + deal + path, body,
                        Map.of("If-Match", "\"0\""));
                assertThat(stale.status()).as(user + " " + path + " If-Match").isEqualTo(expected);
                tried += 3;
            }
            if (!path.equals("/reviews")) {
                for (String user : List.of(MANAGER, ADMIN)) {
                    Api.Response forbidden = api.post(user, "/api/opportunities/" + deal + path, body);
                    assertThat(forbidden.status()).as(user + " " + path + " " + forbidden.body()).isEqualTo(403);
                    assertThat(forbidden.header("Content-Type")).contains("application/problem+json");
                    tried++;
                }
            }
        }
        assertThat(events()).as("events stored by %d refused commands", tried).isEqualTo(before);

        // the owner's commands pass the same bodies' validation and the access rules (some break a business rule)
        for (Map.Entry<String, Map<String, Object>> command : commands(deal).entrySet()) {
            if (command.getKey().equals("/reviews")) {
                continue;
            }
            Api.Response owners = api.post(REP, "/api/opportunities/" + deal + command.getKey(), command.getValue());
            assertThat(owners.status()).as(command.getKey() + " " + owners.body()).isIn(200, 404, 409);
            if (owners.status() != 200) { // a business rule, or the next step or person the path names is unknown
                assertThat(owners.text("rule")).as(command.getKey())
                        .isIn("unknown-next-step", "unknown-stakeholder", "exit-criteria-missing",
                                "opportunity-closed", "not-a-backward-move", "occurred-before-last-change");
            }
        }
    }

    /**
     * The same for every endpoint of one deal that the API documents (so a new one is checked as soon as it exists),
     * each with a body of its schema's shape: to those who may not see the deal, exactly the answer of a deal that
     * does not exist; to her manager and an administrator, a refusal (or a 400 where the body is refused first);
     * and no event stored.
     */
    @Test
    void everyDocumentedEndpointOfADeal_answersThoseWhoMayNotSeeItAsIfItDidNotExist() {
        JsonNode docs = api.get(null, "/v3/api-docs").body();
        awaitProjectionsCaughtUp();
        long before = events();
        int endpoints = 0;
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            if (!path.getKey().contains("{opportunityId}")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                boolean post = operation.getKey().equals("post");
                String target = path.getKey().contains("win-loss") ? closedDeal : deal;
                String nowhere = UUID.randomUUID().toString();
                String inner = UUID.randomUUID().toString();
                String url = path.getKey().replace("{opportunityId}", target).replaceAll("\\{[^}]+}", inner);
                String unknownUrl = path.getKey().replace("{opportunityId}", nowhere).replaceAll("\\{[^}]+}", inner);
                JsonNode schema = ApiDocs.resolve(operation.getValue().path("requestBody").path("content")
                        .path("application/json").path("schema"), docs);
                String body = schema.isMissingNode() ? "{}" : ApiDocs.sample(schema, docs, 0).toString();
                endpoints++;
                for (String user : HIDDEN_FROM) {
                    Api.Response hidden = post ? api.post(user, url, body) : api.get(user, url);
                    Api.Response unknown = post ? api.post(user, unknownUrl, body) : api.get(user, unknownUrl);
                    requests += 2;
                    assertThat(hidden.status()).as(user + " " + url + " " + hidden.body())
                            .isEqualTo(unknown.status()).isGreaterThanOrEqualTo(400);
                    assertThat(withoutIds(hidden.body())).as(user + " " + url)
                            .isEqualTo(withoutIds(unknown.body()));
                }
                boolean managersToDo = url.endsWith("/reviews") || url.endsWith("/win-loss-reviews");
                if (post && !managersToDo) {
                    Api.Response managers = api.post(MANAGER, url, body);
                    assertThat(managers.status()).as("maria " + url + " " + managers.body()).isIn(400, 403);
                    requests++;
                }
                if (post && !url.endsWith("/erasure")) {
                    Api.Response administrators = api.post(ADMIN, url, body);
                    assertThat(administrators.status()).as("adam " + url + " " + administrators.body()).isIn(400, 403);
                    requests++;
                }
            }
        }
        assertThat(endpoints).isGreaterThan(30);
        assertThat(events()).as("events stored by refused requests").isEqualTo(before);
        System.out.printf("Access matrix: %d documented endpoints of a deal, %d requests by those who may not see "
                + "or change it, 0 leaks%n", endpoints, requests);
    }

    /**
     * Every other endpoint the API documents, for each kind of user: nobody signed in is 401; a user signed in without
     * a sales role (a valid token of another application) is 403; administration ({@code /api/admin},
     * {@code /api/imports}) is 403 to reps and managers; every read is open to every sales role, each seeing what
     * they may (the reports' scoping is the next tests'). A refused request stores no event. The administrators'
     * and sellers' own posts are the other tests': here they would rebuild or import.
     */
    @Test
    void everyOtherDocumentedEndpoint_answersEachRoleAsTheRulesSay() {
        JsonNode docs = api.get(null, "/v3/api-docs").body();
        awaitProjectionsCaughtUp();
        long before = events();
        List<String> users = new ArrayList<>(List.of("nora", REP, "pete", MANAGER, "olga", ADMIN));
        users.add(0, null);
        int endpoints = 0;
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            if (path.getKey().contains("{opportunityId}")) {
                continue;
            }
            String url = path.getKey().replace("{name}", "history").replace("{projection}", "history")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            boolean administration = url.startsWith("/api/admin") || url.startsWith("/api/imports");
            for (String method : path.getValue().propertyNames()) {
                boolean post = method.equals("post");
                endpoints++;
                for (String user : users) {
                    boolean salesRole = user != null && !user.equals("nora");
                    boolean allowed = salesRole && (!administration || user.equals(ADMIN));
                    if (allowed && post) {
                        continue;
                    }
                    Api.Response answer = post ? api.post(user, url, "{}") : api.get(user, url);
                    requests++;
                    String as = user + " " + method + " " + url + " " + answer.body();
                    if (allowed) {
                        assertThat(answer.status()).as(as).isBetween(200, 499).isNotIn(401, 403);
                    } else {
                        assertThat(answer.status()).as(as).isEqualTo(user == null ? 401 : 403);
                        assertThat(answer.header("Content-Type")).as(as).contains("application/problem+json");
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(20);
        assertThat(events()).as("events stored by refused requests").isEqualTo(before);
        System.out.printf("Role matrix: %d other documented endpoints, %d requests by %d kinds of user, 0 let "
                + "through that should not be%n", endpoints, requests, users.size());
    }

    @Test
    void reviews_areTheManagersOfTheOwnersTeam() {
        Map<String, Object> review = commands(deal).get("/reviews");
        assertThat(api.post(REP, "/api/opportunities/" + deal + "/reviews", review).status()).isEqualTo(403);
        assertThat(api.post("olga", "/api/opportunities/" + deal + "/reviews", review).status()).isEqualTo(404);
        assertThat(api.post(MANAGER, "/api/opportunities/" + deal + "/reviews", review).status()).isEqualTo(200);

        Map<String, Object> winLoss = map("participants", List.of("rita", "maria"), "analysis", "Price won it",
                "occurredOn", "2026-11-12");
        String path = "/api/opportunities/" + closedDeal + "/win-loss-reviews";
        for (String user : HIDDEN_FROM) {
            assertThat(api.post(user, path, winLoss).status()).as(user).isEqualTo(404);
        }
        assertThat(api.post(ADMIN, path, winLoss).status()).isEqualTo(403);
        assertThat(api.post(REP, path, winLoss).status()).isEqualTo(200);
        assertThat(api.post(MANAGER, path, winLoss).status()).isEqualTo(200);
    }

    @Test
    void opening_isForOneselfOrByAManagerForTheTeam() {
        Map<String, Object> forSam = openRequest("For Sam", "1000", "EUR");
        forSam.put("owner", "sam");
        assertThat(api.post(REP, "/api/opportunities", forSam).status()).isEqualTo(403);
        assertThat(api.post(ADMIN, "/api/opportunities", forSam).status()).isEqualTo(403);
        assertThat(api.post("olga", "/api/opportunities", forSam).status()).isEqualTo(403);
        Api.Response byManager = api.post(MANAGER, "/api/opportunities", forSam);
        assertThat(byManager.status()).isEqualTo(201);
        // sam owns it now: he sees and changes it, rita does not see it
        String id = byManager.text("opportunityId");
        assertThat(api.get("sam", "/api/opportunities/" + id + "?minVersion=0").status()).isEqualTo(200);
        assertThat(api.get(REP, "/api/opportunities/" + id).status()).isEqualTo(404);
    }

    @Test
    void everyReadOfTheDeal_isUnknownToThoseWhoMayNotSeeIt() {
        awaitProjectionsCaughtUp(); // the history and the closing plan too, not only the detail
        List<String> reads = List.of("/api/opportunities/" + deal, "/api/opportunities/" + deal + "/history",
                "/api/opportunities/" + deal + "/closing-plan", "/api/opportunities/" + deal + "/stakeholders",
                "/api/opportunities/" + deal + "/win-probability",
                "/api/opportunities/" + closedDeal + "/win-loss-review",
                "/api/opportunities/" + deal + "?asOf=2026-10-10",
                "/api/opportunities/" + deal + "?minVersion=99",
                "/api/opportunities/" + deal + "/history?minVersion=99");
        for (String read : reads) {
            for (String user : List.of(REP, MANAGER, ADMIN)) {
                assertThat(api.get(user, read).status()).as(user + " " + read).isNotIn(403, 404);
            }
            String nowhere = read.replace(deal, UUID.randomUUID().toString())
                    .replace(closedDeal, UUID.randomUUID().toString());
            for (String user : HIDDEN_FROM) {
                Api.Response hidden = api.get(user, read);
                assertThat(hidden.status()).as(user + " " + read).isEqualTo(404);
                assertThat(withoutIds(hidden.body())).as(user + " " + read)
                        .isEqualTo(withoutIds(api.get(user, nowhere).body()));
            }
        }
    }

    @Test
    void theListsAndReportsOfThoseWhoMayNotSeeTheDeal_neverShowIt() {
        detailAt(deal, 0);
        detailAt(closedDeal, 1);
        awaitProjectionsCaughtUp();
        List<String> reports = new ArrayList<>(List.of("/api/opportunities?size=200",
                "/api/opportunities?owner=rita&size=200", "/api/opportunities?customer=" + customer.substring(0, 10),
                "/api/opportunities?owner=rita&asOf=2026-11-15", "/api/funnel?owner=rita", "/api/funnel?team=North",
                "/api/funnel?groupBy=customer", "/api/funnel?owner=rita&asOf=2026-10-10",
                "/api/forecast?owner=rita&from=2026-Q4&periods=4", "/api/attention?owner=rita", "/api/attention",
                "/api/funnel/conversion?closedFrom=2026-11-01&closedTo=2026-11-30&owner=rita",
                "/api/win-loss/analysis?closedFrom=2026-11-01&closedTo=2026-11-30&owner=rita",
                "/api/analytics/process?closedFrom=2026-11-01&closedTo=2026-11-30&owner=rita",
                "/api/analytics/calibration?closedFrom=2026-11-01&closedTo=2026-11-30&owner=rita"));
        for (String report : reports) {
            for (String user : HIDDEN_FROM) {
                Api.Response answer = api.get(user, report);
                assertThat(answer.status()).as(user + " " + report).isEqualTo(200);
                assertThat(answer.body().toString()).as(user + " " + report)
                        .doesNotContain(deal).doesNotContain(closedDeal).doesNotContain(customer);
            }
        }
        // rita's own reports show both, her manager's too
        assertThat(api.get(REP, "/api/opportunities?owner=rita&size=200").body().toString()).contains(deal);
        assertThat(api.get(MANAGER, "/api/opportunities?owner=rita&size=200").body().toString()).contains(deal);
        assertThat(api.get(MANAGER, "/api/win-loss/analysis?closedFrom=2026-11-01&closedTo=2026-11-30&owner=rita")
                .body().path("outcomes").path("won").asLong()).isPositive();
        JsonNode samsFunnel = api.get("sam", "/api/funnel?owner=rita").body();
        assertThat(samsFunnel.path("totals")).isEmpty();
    }

    @Test
    void noUserOrABadToken_isA401Problem() {
        assertThat(api.get(null, "/api/opportunities/" + deal).status()).isEqualTo(401);
        assertThat(api.get("rita-wrong", "/api/opportunities/" + deal).status()).isEqualTo(404);
        Api.Response badPassword = api.get(null, "/api/opportunities",
                Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString("rita:nope".getBytes())));
        assertThat(badPassword.status()).isEqualTo(401);
        assertThat(badPassword.header("Content-Type")).contains("application/problem+json");
        String foreign = BearerTokens.sign(BearerTokens.generate(), "rita", List.of("ADMIN"),
                Instant.now().plusSeconds(600));
        assertThat(api.get(null, "/api/opportunities", Map.of("Authorization", "Bearer " + foreign)).status())
                .isEqualTo(401);
        String expired = BearerTokens.sign(BearerTokens.KEYS, "rita", List.of("REP"),
                Instant.now().minusSeconds(600));
        assertThat(api.get(null, "/api/opportunities", Map.of("Authorization", "Bearer " + expired)).status())
                .isEqualTo(401);
        // the trusted issuer's token for another application
        String elsewhere = BearerTokens.sign(BearerTokens.KEYS, "rita", List.of("REP"),
                Instant.now().plusSeconds(600), "payroll");
        assertThat(api.get(null, "/api/opportunities", Map.of("Authorization", "Bearer " + elsewhere)).status())
                .isEqualTo(401);
    }

    private static String withoutIds(JsonNode body) {
        return body.toString().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
