package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public CRM data set imported over HTTP, every figure checked against what the test works out from the CSV
 * files on its own: the report's counts and quirks with their lines, the open deals per stage and team, the
 * outcomes per team and owner, one deal's history with its original dates; then a second import that stores
 * nothing, and files with bad rows, which are rejected by line while the rest goes on.
 */
class ImportApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportCountsEveryRowAndNamesEveryQuirkWithItsLines() {
        JsonNode report = ImportedDataSet.ensureImported(this);
        List<CrmCsv.Deal> deals = CrmCsv.deals();
        Map<String, BigDecimal> prices = CrmCsv.listPrices();

        assertThat(report.path("counts").path("rowsRead").asInt()).isEqualTo(deals.size()).isEqualTo(8800);
        assertThat(report.path("counts").path("imported").asInt()).isEqualTo(8800);
        assertThat(report.path("counts").path("rejected").asInt()).isZero();
        assertThat(report.path("counts").path("teamsRegistered").asInt()).isEqualTo(6);
        assertThat(report.path("counts").path("customersRegistered").asInt()).isEqualTo(CrmCsv.accounts().size());
        assertThat(report.path("progress").path("percent").asInt()).isEqualTo(100);

        assertThat(quirkLines(report, "product-name-differs")).isEqualTo(lines(deals.stream()
                .filter(deal -> !prices.containsKey(deal.product())).toList())).hasSize(1480);
        assertThat(quirkLines(report, "sector-misspelt")).isEqualTo(CrmCsv.accounts().stream()
                .filter(account -> account.sector().equals("technolgy")).map(CrmCsv.Account::line).toList());
        assertThat(quirkLines(report, "deal-without-account")).isEqualTo(lines(deals.stream()
                .filter(deal -> deal.account().isEmpty()).toList())).hasSize(1425);
        assertThat(quirkLines(report, "lost-with-zero-value")).isEqualTo(lines(deals.stream()
                .filter(deal -> deal.stage().equals("Lost") && deal.closeValue().signum() == 0).toList()));
        assertThat(quirkLines(report, "prospecting-without-dates")).isEqualTo(lines(deals.stream()
                .filter(deal -> deal.stage().equals("Prospecting") && deal.engagedOn() == null).toList()));
        assertThat(quirkLines(report, "open-without-close")).isEqualTo(lines(deals.stream()
                .filter(deal -> deal.closedOn() == null).toList()));
        Set<String> owners = deals.stream().map(CrmCsv.Deal::agent).collect(Collectors.toSet());
        assertThat(quirkLines(report, "agent-without-deals")).isEqualTo(CrmCsv.agents().stream()
                .filter(agent -> !owners.contains(agent.name())).map(CrmCsv.Agent::line).toList()).hasSize(5);
        assertThat(report.path("assumptions").size()).isGreaterThan(3);
    }

    @Test
    void theTeamsAndCustomersAreThoseOfTheCsv() {
        ImportedDataSet.ensureImported(this);
        JsonNode teams = api.get(ADMIN, "/api/teams").body();
        for (CrmCsv.Agent agent : CrmCsv.agents()) {
            JsonNode team = null;
            for (JsonNode each : teams) {
                if (each.path("name").asString().equals(agent.manager())) {
                    team = each;
                }
            }
            assertThat(team).as(agent.manager()).isNotNull();
            assertThat(team.path("manager").asString()).isEqualTo(agent.manager());
            assertThat(team.path("regionalOffice").asString()).isEqualTo(agent.office());
            assertThat(team.path("members").values()).extracting(JsonNode::asString).contains(agent.name());
        }
        assertThat(teams.get(0).path("name").asString()).isEqualTo("North");
        JsonNode customers = api.get(REP, "/api/customers").body();
        assertThat(customers.findValuesAsString("name")).containsExactlyInAnyOrderElementsOf(
                CrmCsv.accounts().stream().map(CrmCsv.Account::name).toList());
        assertThat(customers.findValuesAsString("sector")).doesNotContain("technolgy").contains("technology");
        JsonNode acme = customers.get(0);
        assertThat(acme.path("name").asString()).isEqualTo("Acme Corporation");
        assertThat(acme.path("annualRevenueMillionsUsd").decimalValue()).isEqualByComparingTo("1100.04");
        assertThat(acme.path("employees").asInt()).isEqualTo(2822);
    }

    @Test
    void theOpenDealsPerStageAndTeamAreThoseOfTheCsv() {
        ImportedDataSet.ensureImported(this);
        Map<String, String> managerOf = CrmCsv.agents().stream()
                .collect(Collectors.toMap(CrmCsv.Agent::name, CrmCsv.Agent::manager));
        Map<String, BigDecimal> prices = CrmCsv.listPrices();
        JsonNode funnel = api.get(ADMIN, "/api/funnel?groupBy=team").body();
        for (String manager : Set.copyOf(managerOf.values())) {
            List<CrmCsv.Deal> teamDeals = CrmCsv.deals().stream()
                    .filter(deal -> manager.equals(managerOf.get(deal.agent()))).toList();
            JsonNode group = group(funnel, manager);
            assertThat(stage(group, "IDENTIFY").path("count").asLong()).as(manager)
                    .isEqualTo(teamDeals.stream().filter(deal -> deal.stage().equals("Prospecting")).count());
            assertThat(stage(group, "UNDERSTAND_NEED").path("count").asLong()).as(manager)
                    .isEqualTo(teamDeals.stream().filter(deal -> deal.stage().equals("Engaging")).count());
            BigDecimal openValue = teamDeals.stream().filter(deal -> deal.closedOn() == null)
                    .map(deal -> prices.getOrDefault(deal.product(), prices.get("GTX Pro")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(group.path("stages").findValues("currency")).allMatch(currency -> currency.asString().equals("USD"));
            BigDecimal total = group.path("stages").findValues("total").stream()
                    .map(JsonNode::decimalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).as(manager).isEqualByComparingTo(openValue);
        }
    }

    @Test
    void theOutcomesPerTeamAndOwnerAreThoseOfTheCsv() {
        ImportedDataSet.ensureImported(this);
        List<CrmCsv.Deal> deals = CrmCsv.deals();
        for (CrmCsv.Agent agent : CrmCsv.agents()) {
            JsonNode outcomes = api.get(ADMIN, "/api/funnel/conversion?closedFrom=2016-01-01&closedTo=2017-12-31"
                    + "&owner=" + encode(agent.name())).body().path("outcomes");
            long won = deals.stream().filter(deal -> deal.agent().equals(agent.name()) && deal.stage().equals("Won"))
                    .count();
            long lost = deals.stream().filter(deal -> deal.agent().equals(agent.name()) && deal.stage().equals("Lost"))
                    .count();
            assertThat(outcomes.path("won").asLong()).as(agent.name()).isEqualTo(won);
            assertThat(outcomes.path("lost").asLong()).as(agent.name()).isEqualTo(lost);
        }
        JsonNode whole = api.get(ADMIN, "/api/funnel/conversion?closedFrom=2016-01-01&closedTo=2017-12-31"
                + "&team=" + encode("Melvin Marxen")).body().path("outcomes");
        Set<String> team = CrmCsv.agents().stream().filter(agent -> agent.manager().equals("Melvin Marxen"))
                .map(CrmCsv.Agent::name).collect(Collectors.toSet());
        long won = deals.stream().filter(deal -> team.contains(deal.agent()) && deal.stage().equals("Won")).count();
        long lost = deals.stream().filter(deal -> team.contains(deal.agent()) && deal.stage().equals("Lost")).count();
        assertThat(whole.path("won").asLong()).isEqualTo(won);
        assertThat(new BigDecimal(whole.path("winRateExcludingWithdrawn").asString()))
                .isEqualByComparingTo(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4,
                        RoundingMode.HALF_EVEN));
    }

    @Test
    void theWinLossAnalysisOfTheImportedDealsIsThatOfTheCsv() {
        ImportedDataSet.ensureImported(this);
        List<CrmCsv.Deal> closed = CrmCsv.deals().stream().filter(deal -> deal.closedOn() != null).toList();
        Map<String, String> sectorOf = CrmCsv.accounts().stream().collect(Collectors.toMap(CrmCsv.Account::name,
                account -> account.sector().equals("technolgy") ? "technology" : account.sector()));
        Map<String, String> managerOf = CrmCsv.agents().stream()
                .collect(Collectors.toMap(CrmCsv.Agent::name, CrmCsv.Agent::manager));
        JsonNode analysis = api.get(ADMIN, "/api/win-loss/analysis?closedFrom=2016-01-01&closedTo=2017-12-31")
                .body();

        assertGroup(analysis.path("outcomes"), closed);
        assertThat(analysis.path("outcomes").path("won").asLong()).isEqualTo(4238);
        assertThat(analysis.path("outcomes").path("wonValue").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("10005534");
        assertGroups(analysis.path("byOwner"), closed, CrmCsv.Deal::agent);
        assertGroups(analysis.path("byProduct"), closed, deal -> deal.product().equals("GTXPro") ? "GTX Pro"
                : deal.product());
        assertGroups(analysis.path("byTeam"), closed, deal -> managerOf.get(deal.agent()));
        assertGroups(analysis.path("bySector"), closed, deal -> sectorOf.get(deal.account()));
        assertGroups(analysis.path("byStageReached"), closed, deal -> "UNDERSTAND_NEED");
        assertGroups(analysis.path("byCompetitor"), closed, deal -> "(none)");
        Map<String, BigDecimal> prices = CrmCsv.listPrices();
        // every deal by its estimated value, the list price, won or lost: the outcome does not move a deal's band
        assertGroups(analysis.path("byDealSize"), closed, deal -> {
            BigDecimal value = prices.getOrDefault(deal.product(), prices.get("GTX Pro"));
            return value.compareTo(new BigDecimal("1000")) < 0 ? "below 1,000 USD"
                    : value.compareTo(new BigDecimal("5000")) < 0 ? "1,000 to 4,999 USD"
                    : value.compareTo(new BigDecimal("10000")) < 0 ? "5,000 to 9,999 USD"
                    : value.compareTo(new BigDecimal("50000")) < 0 ? "10,000 to 49,999 USD" : "50,000 USD or more";
        });
        assertGroups(analysis.path("byCycleLength"), closed, deal -> {
            long days = ChronoUnit.DAYS.between(deal.engagedOn(), deal.closedOn());
            return days < 30 ? "below 30 days" : days < 60 ? "30 to 59 days" : days < 90 ? "60 to 89 days"
                    : days < 180 ? "90 to 179 days" : "180 days or more";
        });
        assertThat(api.get(ADMIN, "/api/win-loss/analysis?closedFrom=2017-12-31&closedTo=2016-01-01").status())
                .isEqualTo(400);
        assertThat(api.get(ADMIN, "/api/win-loss/analysis?closedFrom=2017-01-01&closedTo=2017-12-31&team=Nobody")
                .status()).isEqualTo(400);
        JsonNode reasons = analysis.path("lossReasons");
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0).path("key").asString()).isEqualTo("NOT_RECORDED");
        assertThat(reasons.get(0).path("count").asLong()).isEqualTo(2473);
    }

    /** Every group of the answer is the CSV's deals of that key, and no key is missing. */
    private static void assertGroups(JsonNode groups, List<CrmCsv.Deal> deals,
                                     Function<CrmCsv.Deal, String> key) {
        Map<String, List<CrmCsv.Deal>> expected = deals.stream().collect(Collectors.groupingBy(key));
        assertThat(groups.findValuesAsString("key")).containsExactlyInAnyOrderElementsOf(expected.keySet());
        groups.forEach(group -> assertGroup(group, expected.get(group.path("key").asString())));
    }

    private static void assertGroup(JsonNode group, List<CrmCsv.Deal> deals) {
        long won = deals.stream().filter(deal -> deal.stage().equals("Won")).count();
        long lost = deals.stream().filter(deal -> deal.stage().equals("Lost")).count();
        BigDecimal wonValue = deals.stream().filter(deal -> deal.stage().equals("Won")).map(CrmCsv.Deal::closeValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String key = group.path("key").asString();
        assertThat(group.path("deals").asLong()).as(key).isEqualTo(deals.size());
        assertThat(group.path("won").asLong()).as(key).isEqualTo(won);
        assertThat(group.path("lost").asLong()).as(key).isEqualTo(lost);
        assertThat(group.path("noDecision").asLong() + group.path("disqualified").asLong()).as(key).isZero();
        if (won + lost > 0) {
            assertThat(group.path("winRate").decimalValue()).as(key).isEqualByComparingTo(BigDecimal.valueOf(won)
                    .divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_EVEN));
        }
        BigDecimal answered = group.path("wonValue").findValues("amount").stream().map(JsonNode::decimalValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(answered).as(key).isEqualByComparingTo(wonValue);
    }

    @Test
    void anImportedDealKeepsItsOriginalDatesAndSaysWhereItCameFrom() {
        ImportedDataSet.ensureImported(this);
        // line 3: Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514
        String id = CrmCsv.opportunityId("Z063OYW0");
        JsonNode detail = api.get(ADMIN, "/api/opportunities/" + id).body();
        assertThat(detail.path("customer").asString()).isEqualTo("Isdom");
        assertThat(detail.path("product").asString()).isEqualTo("GTX Pro");
        assertThat(detail.path("owner").asString()).isEqualTo("Darcel Schlecht");
        assertThat(detail.path("status").asString()).isEqualTo("WON");
        assertThat(detail.path("openedOn").asString()).isEqualTo("2016-10-25");
        assertThat(detail.path("closedOn").asString()).isEqualTo("2017-03-11");
        assertThat(detail.path("estimatedValue").path("amount").decimalValue()).isEqualByComparingTo("4821");
        assertThat(detail.path("outcome").path("wonValue").path("amount").decimalValue()).isEqualByComparingTo("4514");
        JsonNode history = api.get(ADMIN, "/api/opportunities/" + id + "/history").body().path("entries");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).path("summary").asString())
                .contains("Imported from crm-sales-opportunities (deal Z063OYW0, line 3)");
        assertThat(history.get(1).path("type").asString()).isEqualTo("StageAdvanced");
        assertThat(history.get(1).path("occurredOn").asString()).isEqualTo("2016-10-25");
        assertThat(history.get(2).path("summary").asString()).isEqualTo("Won for 4514 USD in stage Understand the need.");
        assertThat(history.get(2).path("occurredOn").asString()).isEqualTo("2017-03-11");
        assertThat(history.get(2).path("recordedBy").asString()).isEqualTo(ADMIN);
    }

    @Test
    void importingTheSameFilesAgainStoresNothing() {
        ImportedDataSet.ensureImported(this);
        long events = events();
        JsonNode again = ImportedDataSet.importAndWait(api);
        assertThat(again.path("counts").path("imported").asInt()).isZero();
        assertThat(again.path("counts").path("unchanged").asInt()).isEqualTo(8800);
        assertThat(again.path("counts").path("teamsUnchanged").asInt()).isEqualTo(6);
        assertThat(again.path("counts").path("customersUnchanged").asInt()).isEqualTo(85);
        assertThat(again.path("counts").path("skipped").asInt()).isZero();
        assertThat(events()).isEqualTo(events);
        JsonNode imports = api.get(ADMIN, "/api/imports").body();
        assertThat(imports.get(0).path("importId").asString()).isEqualTo(again.path("importId").asString());
        assertThat(imports.findValuesAsString("importId")).contains(ImportedDataSet.ensureImported(this)
                .path("importId").asString());
    }

    @Test
    void badRowsAreRejectedWithTheirLinesAndTheRestGoesOn() {
        ImportedDataSet.ensureImported(this);
        Map<String, String> parts = new LinkedHashMap<>(CrmCsv.parts());
        // an agent and an account of no other file, dated before the data set, so that no figure above moves
        parts.put("sales_pipeline", String.join("\n",
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                "BAD00001,Test Agent,GTX Basic,Test Account,Won,2015-05-10,2015-04-01,500",
                "BAD00002,Test Agent,GTX Basic,Test Account,Closing,2015-05-10,,",
                "BAD00003,Test Agent,GTX Basic,Test Account,Won,2015-13-10,2015-06-01,500",
                "BAD00004,Test Agent,Quantum Box,Test Account,Engaging,2015-05-10,,",
                "GOOD0001,Test Agent,GTXPro,Test Account,Won,2015-05-10,2015-06-01,4700",
                "GOOD0001,Test Agent,GTX Basic,Test Account,Lost,2015-05-10,2015-06-01,0",
                "BAD00005,Test Agent,GTX Basic,Test Account,Won,2015-05-10,2015-06-01,",
                "BAD00006,Test Agent,GTX Basic,Test Account,Won,2015-05-10,2015-06-01,-5",
                "BAD00007,Test Agent,GTX Basic,Test Account,Won",
                "BAD00008,Test Agent,GTX Basic,Test Account,Won,2015-05-10,2031-06-01,500", ""));
        Api.Response started = api.postFiles(ADMIN, "/api/imports", parts);
        assertThat(started.status()).isEqualTo(202);
        JsonNode report = awaitEnd(started.header("Location"));

        assertThat(report.path("counts").path("imported").asInt()).isEqualTo(1);
        List<Integer> rejectedLines = new ArrayList<>();
        report.path("rejected").forEach(row -> {
            assertThat(row.path("file").asString()).isEqualTo("sales_pipeline.csv");
            assertThat(row.path("reason").asString()).isNotBlank();
            rejectedLines.add(row.path("line").asInt());
        });
        assertThat(rejectedLines).containsExactly(2, 3, 4, 5, 7, 8, 9, 10, 11);
        assertThat(report.path("rejected").get(0).path("reason").asString())
                .isEqualTo("the deal closed on 2015-04-01, before it was engaged on 2015-05-10");
        assertThat(quirkLines(report, "agent-not-in-teams")).containsExactly(6);
        assertThat(quirkLines(report, "account-not-in-accounts")).containsExactly(6);
        assertThat(quirkLines(report, "product-name-differs")).containsExactly(6);
    }

    @Test
    void aRetryWithTheSameIdempotencyKey_answersWithTheFirstImport_andStartsNone() {
        ImportedDataSet.ensureImported(this);
        Map<String, String> parts = new LinkedHashMap<>(CrmCsv.parts());
        // an agent of no other file, dated before the data set, so that no figure above moves
        parts.put("sales_pipeline", String.join("\n",
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                "IDEM0001,Retry Agent,GTX Basic,Test Account,Won,2015-05-10,2015-06-01,500", ""));
        String key = UUID.randomUUID().toString();
        Api.Response first = api.postFiles(ADMIN, "/api/imports", parts, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(202);
        String importId = first.text("importId");
        assertThat(awaitEnd(first.header("Location")).path("counts").path("imported").asInt()).isEqualTo(1);
        long imports = importsRecorded();
        long events = events();

        // the same files again, in a body of another boundary: the first import, as it stands now
        Api.Response retry = api.postFiles(ADMIN, "/api/imports", parts, Map.of("Idempotency-Key", key));
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text("importId")).isEqualTo(importId);
        assertThat(retry.text("status")).isEqualTo("COMPLETED");
        assertThat(retry.header("Location")).isEqualTo("/api/imports/" + importId);

        // other files with that key, and a key too long: refused, and nothing recorded
        Map<String, String> other = new LinkedHashMap<>(parts);
        other.put("sales_pipeline", parts.get("sales_pipeline").replace("IDEM0001", "IDEM0002"));
        Api.Response reused = api.postFiles(ADMIN, "/api/imports", other, Map.of("Idempotency-Key", key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.text("rule")).isEqualTo("idempotency-key-reused");
        Api.Response badKey = api.postFiles(ADMIN, "/api/imports", other, Map.of("Idempotency-Key", "k".repeat(256)));
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.header("Content-Type")).startsWith("application/problem+json");

        assertThat(importsRecorded()).isEqualTo(imports);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aFileThatCannotBeReadIsA400AndNothingIsStored() {
        long events = events();
        Map<String, String> parts = new LinkedHashMap<>(CrmCsv.parts());
        parts.put("sales_pipeline", "opportunity_id,sales_agent,product\nX1,Someone,GTX Basic\n");
        Api.Response unreadable = api.postFiles(ADMIN, "/api/imports", parts);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unreadable.text("detail")).contains("sales_pipeline.csv lacks the column(s) account, deal_stage");

        parts.remove("products");
        Api.Response missingPart = api.postFiles(ADMIN, "/api/imports", parts);
        assertThat(missingPart.status()).isEqualTo(400);
        assertThat(missingPart.header("Content-Type")).startsWith("application/problem+json");

        assertThat(api.postFiles(REP, "/api/imports", CrmCsv.parts()).status()).isEqualTo(403);
        assertThat(api.get(MANAGER, "/api/imports").status()).isEqualTo(403);
        assertThat(api.get(ADMIN, "/api/imports/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(events()).isEqualTo(events);
    }

    private JsonNode awaitEnd(String location) {
        JsonNode[] report = new JsonNode[1];
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            JsonNode current = api.get(ADMIN, location).body();
            assertThat(current.path("status").asString()).isEqualTo("COMPLETED");
            report[0] = current;
        });
        return report[0];
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private long importsRecorded() {
        return jdbc.sql("SELECT count(*) FROM data_import").query(Long.class).single();
    }

    private static List<Integer> quirkLines(JsonNode report, String code) {
        for (JsonNode quirk : report.path("quirks")) {
            if (quirk.path("code").asString().equals(code)) {
                assertThat(quirk.path("count").asInt()).isEqualTo(quirk.path("lines").size());
                List<Integer> lines = new ArrayList<>();
                quirk.path("lines").forEach(line -> lines.add(line.asInt()));
                return lines;
            }
        }
        return List.of();
    }

    private static List<Integer> lines(List<CrmCsv.Deal> deals) {
        return deals.stream().map(CrmCsv.Deal::line).toList();
    }

    static JsonNode group(JsonNode funnel, String name) {
        for (JsonNode group : funnel.path("groups")) {
            if (group.path("group").asString().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no group " + name + " in " + funnel);
    }

    static JsonNode stage(JsonNode funnel, String code) {
        for (JsonNode stage : funnel.path("stages")) {
            if (stage.path("stage").asString().equals(code)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + code);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
