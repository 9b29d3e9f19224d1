package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stakeholders are people: their personal data is stored encrypted with a key of their own, and erasing them
 * deletes the key. The events stay; every read of them (closing plan, buying centre, history, the deal as of a past
 * day, the win/loss review, a rebuild) shows the data as erased.
 */
class PersonalDataApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonsDataIsEncryptedInTheEventStore_andOnceErasedReadsErasedEverywhere_whileEveryFactStays() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Dana Weber " + marker;
        String personalWin = "Seen as the one who fixed the fleet " + marker;
        String deal = open("Privacy Ltd", "48000", "EUR");
        String dana = accepted(deal, "/stakeholders", map("name", name, "title", "CFO " + marker,
                "role", "DECISION_MAKER", "businessGoal", "Cut fleet costs " + marker,
                "businessChallenge", "Fuel prices " + marker, "personalWin", personalWin,
                "occurredOn", "2026-10-03")).text("stakeholderId");
        accepted(deal, "/stakeholders/" + dana + "/assessments", map("receptivity", "T", "influence", 5,
                "relationship", 1, "note", "Under pressure", "occurredOn", "2026-10-04"));
        Api.Response won = accepted(deal, "/won", map("occurredOn", "2026-11-10"));

        // stored encrypted: the database holds none of it in plain text
        String stored = new String(jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                        + "AND payloadtype LIKE '%StakeholderIdentified'").param(deal).query(byte[].class).single(),
                StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain(marker).contains("pd1:").contains("DECISION_MAKER");
        // read in plain text
        assertThat(everythingAbout(deal, won.version()))
                .contains(name).contains(personalWin);

        long events = events(deal);
        Api.Response erased = accepted(deal, "/stakeholders/" + dana + "/erasure", map("occurredOn", "2026-11-18"));
        assertThat(events(deal)).isEqualTo(events + 1);
        assertThat(jdbc.sql("SELECT secret FROM personal_data_key WHERE subject_id = ?").param(dana)
                .query(byte[].class).optional()).isEmpty();

        String after = everythingAbout(deal, erased.version());
        assertThat(after).doesNotContain(marker).contains("(erased)");
        JsonNode history = api.get(REP, "/api/opportunities/" + deal + "/history").body().path("entries");
        assertThat(history).hasSize((int) events + 1);
        assertThat(history.get(history.size() - 1).path("type").asString()).isEqualTo("StakeholderPersonalDataErased");
        JsonNode person = api.get(REP, "/api/opportunities/" + deal + "/stakeholders").body()
                .path("stakeholders").get(0);
        assertThat(person.path("name").asString()).isEqualTo("(erased)");
        assertThat(person.path("role").asString()).as("the facts stay").isEqualTo("DECISION_MAKER");
        assertThat(person.path("assessments")).hasSize(1);
        // the stored event is as it was
        assertThat(new String(jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%StakeholderIdentified'").param(deal).query(byte[].class).single(),
                StandardCharsets.UTF_8)).isEqualTo(stored);

        // a rebuild reads the events again: still erased
        assertThat(api.post(ADMIN, "/api/admin/projections/closing-plan/rebuild", map()).status()).isEqualTo(202);
        assertThat(api.post(ADMIN, "/api/admin/projections/history/rebuild", map()).status()).isEqualTo(202);
        awaitProjectionsCaughtUp();
        assertThat(everythingAbout(deal, erased.version())).doesNotContain(marker).contains("(erased)");

        // once is enough; a rep of the team may not, an administrator may
        assertThat(command(deal, "/stakeholders/" + dana + "/erasure", map()).text("rule"))
                .isEqualTo("personal-data-already-erased");
        assertThat(api.post("sam", "/api/opportunities/" + deal + "/stakeholders/" + dana + "/erasure", map())
                .status()).isEqualTo(404);
    }

    /** Every answer that shows the deal's buying centre. */
    private String everythingAbout(String deal, long version) {
        StringBuilder all = new StringBuilder();
        for (String read : List.of("/closing-plan?minVersion=" + version, "/stakeholders?minVersion=" + version,
                "/history?minVersion=" + version, "?minVersion=" + version, "?asOf=2026-11-01", "/win-loss-review")) {
            Api.Response answer = api.get(REP, "/api/opportunities/" + deal + read);
            assertThat(answer.status()).as(read + " " + answer.body()).isEqualTo(200);
            all.append(answer.body()).append('\n');
        }
        return all.toString();
    }

    private long events(String deal) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(deal)
                .query(Long.class).single();
    }
}
