package io.opportunities.launcher;

import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public data set, imported once into the tests' database and shared by the tests that read it: the import
 * takes a while, and the database lives as long as the test JVM.
 */
final class ImportedDataSet {

    private static JsonNode firstReport;

    private ImportedDataSet() {
    }

    /** Imports the data set unless done already, waits until the read models have it, and answers the report. */
    static synchronized JsonNode ensureImported(ApiTest test) {
        if (firstReport == null) {
            firstReport = importAndWait(test.api);
            test.awaitProjectionsCaughtUp();
        }
        return firstReport;
    }

    /** Posts the four files as an administrator and waits for the import to end. */
    static JsonNode importAndWait(Api api) {
        Api.Response started = api.postFiles(ApiTest.ADMIN, "/api/imports", CrmCsv.parts());
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).isEqualTo("/api/imports/" + started.text("importId"));
        JsonNode[] report = new JsonNode[1];
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Api.Response current = api.get(ApiTest.ADMIN, location);
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.text("status")).as(current.body().path("progress").toString()).isEqualTo("COMPLETED");
            report[0] = current.body();
        });
        return report[0];
    }
}
