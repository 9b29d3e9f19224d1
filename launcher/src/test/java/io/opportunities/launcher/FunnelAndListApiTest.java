package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The funnel and the list, on deals of an owner of their own so other tests' deals do not count. */
class FunnelAndListApiTest extends ApiTest {

    private final String owner = "owner-" + UUID.randomUUID();

    @Test
    void theFunnelCountsTotalsAndWeighsOpenDealsPerStageAndCurrency() {
        String a = openFor(owner, "Alpha", "10000", "EUR");
        String b = openFor(owner, "Beta", "20000", "EUR");
        String c = openFor(owner, "Gamma", "7000", "USD");
        String d = openFor(owner, "Delta", "40000", "EUR");
        qualify(d);
        buyingAction(d, "DECISION_MAKER_CONTACTED", "2026-10-03");
        advance(d, "UNDERSTAND_NEED", "2026-10-04");
        String lost = openFor(owner, "Epsilon", "99000", "EUR");
        long lostVersion = accepted(lost, "/lost", map("reason", "TIMING", "occurredOn", "2026-10-05")).version();
        detailAt(a, 0);
        detailAt(b, 0);
        detailAt(c, 0);
        detailAt(d, 3);
        detailAt(lost, lostVersion);

        JsonNode funnel = api.get(owner, "/api/funnel?owner=" + owner).body();

        // IDENTIFY (10 %): Alpha 10,000 + Beta 20,000 EUR, Gamma 7,000 USD. UNDERSTAND_NEED (20 %): Delta 40,000 EUR.
        JsonNode identify = funnel.path("stages").get(0);
        assertThat(identify.path("stage").asString()).isEqualTo("IDENTIFY");
        assertThat(identify.path("count").asLong()).isEqualTo(3);
        assertAmount(identify.path("amounts").get(0), "EUR", 2, "30000.00", "3000.00");
        assertAmount(identify.path("amounts").get(1), "USD", 1, "7000.00", "700.00");
        JsonNode understand = funnel.path("stages").get(1);
        assertThat(understand.path("stage").asString()).isEqualTo("UNDERSTAND_NEED");
        assertAmount(understand.path("amounts").get(0), "EUR", 1, "40000.00", "8000.00");
        assertThat(funnel.path("stages").get(2).path("count").asLong()).isZero();
        assertAmount(funnel.path("totals").get(0), "EUR", 3, "70000.00", "11000.00");
        assertAmount(funnel.path("totals").get(1), "USD", 1, "7000.00", "700.00");
    }

    @Test
    void theListFiltersSortsAndPages() {
        openFor(owner, "Small Co", "1000", "EUR");
        openFor(owner, "Mid Co", "5000", "EUR");
        String big = openFor(owner, "Big Co", "9000", "EUR");
        detailAt(big, 0);

        JsonNode page = api.get(owner, "/api/opportunities?owner=" + owner
                + "&status=OPEN&sort=estimatedValue,desc&size=2&page=0").body();
        assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.path("page").path("totalPages").asLong()).isEqualTo(2);
        assertThat(page.path("content").get(0).path("customer").asString()).isEqualTo("Big Co");
        assertThat(page.path("content").get(1).path("customer").asString()).isEqualTo("Mid Co");
        assertThat(page.path("content").get(0).path("probability").asInt()).isEqualTo(10);

        JsonNode byCustomer = api.get(owner, "/api/opportunities?owner=" + owner + "&customer=mid").body();
        assertThat(byCustomer.path("content")).hasSize(1);
        assertThat(byCustomer.path("content").get(0).path("customer").asString()).isEqualTo("Mid Co");

        JsonNode won = api.get(owner, "/api/opportunities?owner=" + owner + "&status=WON").body();
        assertThat(won.path("content")).isEmpty();
    }

    @Test
    void theListRejectsAnUnknownSortOrStatus() {
        Api.Response badSort = api.get(REP, "/api/opportunities?sort=password,asc");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(REP, "/api/opportunities?status=SOLD").status()).isEqualTo(400);
        assertThat(api.get(REP, "/api/opportunities?size=1000").status()).isEqualTo(400);
    }

    private String openFor(String owner, String customer, String amount, String currency) {
        Map<String, Object> request = openRequest(customer, amount, currency);
        request.put("owner", owner);
        Api.Response opened = api.post(owner, "/api/opportunities", request);
        assertThat(opened.status()).isEqualTo(201);
        return owned(opened.text("opportunityId"), owner);
    }

    private static void assertAmount(JsonNode amount, String currency, long count, String total, String weighted) {
        assertThat(amount.path("currency").asString()).isEqualTo(currency);
        assertThat(amount.path("count").asLong()).isEqualTo(count);
        assertThat(amount.path("total").decimalValue()).isEqualByComparingTo(total);
        assertThat(amount.path("weighted").decimalValue()).isEqualByComparingTo(weighted);
    }
}
