package io.opportunities.launcher;

import io.opportunities.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole backend, both sides in one JVM, on a PostgreSQL database of its own, driven over real HTTP. */
@SpringBootTest(classes = OpportunitiesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // the demo team, and two teams whose members only the manager's-view tests use
                "sales.teams[0].name=North", "sales.teams[0].manager=maria", "sales.teams[0].members=rita,sam",
                "sales.teams[1].name=East", "sales.teams[1].manager=maria", "sales.teams[1].members=east-ann,east-bob",
                "sales.teams[2].name=West", "sales.teams[2].manager=maria", "sales.teams[2].members=west-kim,west-lee",
                // a fourth team, another manager's: what maria may not see
                "sales.teams[3].name=South", "sales.teams[3].manager=olga", "sales.teams[3].members=pete"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
abstract class ApiTest {

    static final String REP = "rita";
    static final String ADMIN = "adam";
    static final String MANAGER = "maria";

    /** Bearer tokens are signed by the tests' issuer; the configured users sign in with HTTP Basic. */
    @DynamicPropertySource
    static void tokenIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> BearerTokens.PUBLIC_KEY.toUri().toString());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> BearerTokens.AUDIENCE);
    }

    /** Who sent the commands on each deal the tests opened: its owner (the rep unless a test says otherwise). */
    private final Map<String, String> ownerOf = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** Opens a deal as the rep and returns its id. */
    String open(String customer, String amount, String currency) {
        Api.Response opened = api.post(REP, "/api/opportunities", openRequest(customer, amount, currency));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.text("opportunityId");
    }

    static Map<String, Object> openRequest(String customer, String amount, String currency) {
        return map("customer", customer,
                "title", "Fleet telematics",
                "product", "GTX Pro",
                "estimatedValue", map("amount", amount, "currency", currency),
                "expectedCloseOn", "2027-03-31",
                "warningSignal", map("type", "CHANGE_IN_PEOPLE", "description", "New CIO"),
                "occurredOn", "2026-10-01");
    }

    /** Sends a command on the deal as its owner: only the owner records facts on a deal. */
    Api.Response command(String opportunityId, String path, Map<String, Object> body) {
        return api.post(ownerOf.getOrDefault(opportunityId, REP), "/api/opportunities/" + opportunityId + path, body);
    }

    /** Remembers who owns a deal a test opened, so that {@link #command} sends as them. */
    String owned(String opportunityId, String owner) {
        ownerOf.put(opportunityId, owner);
        return opportunityId;
    }

    Api.Response accepted(String opportunityId, String path, Map<String, Object> body) {
        Api.Response response = command(opportunityId, path, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response;
    }

    void qualify(String opportunityId) {
        Map<String, Object> met = map("met", true, "note", "confirmed in the kick-off");
        accepted(opportunityId, "/qualification", map("identifiedNeed", met, "intentToBuyOrReplace", met,
                "funds", met, "timeFrame", met, "occurredOn", "2026-10-02"));
    }

    void buyingAction(String opportunityId, String type, String occurredOn) {
        accepted(opportunityId, "/buying-actions", map("type", type, "description", "customer did " + type,
                "evidence", "minutes of " + occurredOn, "occurredOn", occurredOn));
    }

    void advance(String opportunityId, String toStage, String occurredOn) {
        accepted(opportunityId, "/stage/advance", map("toStage", toStage, "occurredOn", occurredOn));
    }

    /** The detail once the query side has applied {@code version}. */
    Api.Response detailAt(String opportunityId, long version) {
        Api.Response detail = api.get(ownerOf.getOrDefault(opportunityId, REP),
                "/api/opportunities/" + opportunityId + "?minVersion=" + version);
        assertThat(detail.status()).as(detail.body().toString()).isEqualTo(200);
        return detail;
    }

    /** Waits until both projections have processed every stored event. */
    void awaitProjectionsCaughtUp() {
        // generous: after the import of the public data set, a rebuild replays some 24,000 events
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Api.Response projections = api.get(ADMIN, "/api/admin/projections");
            assertThat(projections.status()).isEqualTo(200);
            projections.body().forEach(projection -> {
                // a segment whose batch failed is released and claimed again after a back-off: until then it is
                // not among the claimed ones, and its lag is not in the figure
                assertThat(projection.path("claimedSegments").asInt()).as(projection.toString()).isEqualTo(4);
                assertThat(projection.path("replaying").asBoolean()).as(projection.toString()).isFalse();
                assertThat(projection.path("lag").asLong(-1)).as(projection.toString()).isZero();
            });
        });
    }

    /** Sends {@code parallel} copies of a request at the same moment, and returns their answers. */
    static List<Api.Response> race(int parallel, Supplier<Api.Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.get();
                }, threads));
            }
            start.countDown();
            List<Api.Response> done = new ArrayList<>();
            for (CompletableFuture<Api.Response> answer : answers) {
                done.add(answer.get());
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }
}
