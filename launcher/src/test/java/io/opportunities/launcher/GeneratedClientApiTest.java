package io.opportunities.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opportunities.client.ApiClient;
import io.opportunities.client.ApiException;
import io.opportunities.client.api.ClosingPlanApi;
import io.opportunities.client.api.FunnelApi;
import io.opportunities.client.api.OpportunitiesApi;
import io.opportunities.client.api.OpportunityCommandsApi;
import io.opportunities.client.api.SalesProcessApi;
import io.opportunities.client.api.WinLossApi;
import io.opportunities.client.model.AdvanceStageRequest;
import io.opportunities.client.model.BuyingActionRecorded;
import io.opportunities.client.model.BuyingActionRequest;
import io.opportunities.client.model.CommandAccepted;
import io.opportunities.client.model.CriterionRequest;
import io.opportunities.client.model.Forecast;
import io.opportunities.client.model.Funnel;
import io.opportunities.client.model.History;
import io.opportunities.client.model.HistoryEntry;
import io.opportunities.client.model.MoneyRequest;
import io.opportunities.client.model.NextStepCompleted;
import io.opportunities.client.model.NextStepOutcomeRequest;
import io.opportunities.client.model.NextStepRequest;
import io.opportunities.client.model.OpenOpportunityRequest;
import io.opportunities.client.model.OpportunityDetail;
import io.opportunities.client.model.OpportunityOpened;
import io.opportunities.client.model.OpportunityWon;
import io.opportunities.client.model.PlanningSheet;
import io.opportunities.client.model.QualifyRequest;
import io.opportunities.client.model.SalesProcess;
import io.opportunities.client.model.Stage;
import io.opportunities.client.model.WarningSignalRequest;
import io.opportunities.client.model.WinLossReview;
import io.opportunities.client.model.WinLossReviewOutcome;
import io.opportunities.client.model.WonRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Java client a front-end team generates from /v3/api-docs (openapi-generator, {@code java}/{@code native}, as
 * the build generates it: no name mappings, no hand edits) drives a whole deal through its generated methods only,
 * and reads back what every manager and rep reads. Each read is compared with the same answer read raw: no field the
 * server sent is missing from what the client made of it.
 */
class GeneratedClientApiTest extends ApiTest {

    private ApiClient client;
    private ObjectMapper json;
    private int fieldsCompared;

    @BeforeEach
    void generatedClient() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = Base64.getEncoder().encodeToString((REP + ":" + REP).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        json = client.getObjectMapper();
    }

    @Test
    void aDealFromOpenToWon_throughTheGeneratedClientOnly_andEveryFieldReadBack() throws Exception {
        OpportunityCommandsApi commands = new OpportunityCommandsApi(client);
        OpportunitiesApi opportunities = new OpportunitiesApi(client);
        SalesProcess process = new SalesProcessApi(client).getSalesProcess(null);

        CommandAccepted opened = commands.openOpportunity(new OpenOpportunityRequest()
                .customer("Generated Client Ltd").title("Fleet telematics for 40 vans").product("GTX Pro")
                .estimatedValue(new MoneyRequest().amount(new BigDecimal("42000")).currency("EUR"))
                .expectedCloseOn(LocalDate.parse("2027-03-31"))
                .warningSignal(new WarningSignalRequest().type(WarningSignalRequest.TypeEnum.CHANGE_IN_PEOPLE)
                        .description("New head of fleet"))
                .occurredOn(LocalDate.parse("2026-10-01")), UUID.randomUUID().toString(), "generated-client");
        UUID id = opened.getOpportunityId();
        long version = opened.getVersion();

        CriterionRequest met = new CriterionRequest().met(true).note("confirmed in the kick-off");
        version = commands.qualifyOpportunity(id, new QualifyRequest().identifiedNeed(met).intentToBuyOrReplace(met)
                .funds(met).timeFrame(met).occurredOn(LocalDate.parse("2026-10-02")), tag(version), null, null)
                .getVersion();

        // every stage left on the facts its exit criteria name, as the sales process in force says
        LocalDate day = LocalDate.parse("2026-10-03");
        List<Stage> stages = process.getStages();
        int recorded = 0;
        for (int i = 0; i + 1 < stages.size(); i++) {
            for (String type : stages.get(i).getExitCriteria()) {
                version = commands.recordBuyingAction(id, new BuyingActionRequest().type(type)
                        .description("The customer did " + type).evidence("Minutes of " + day).occurredOn(day),
                        tag(version), null, null).getVersion();
                recorded++;
            }
            version = commands.advanceStage(id, new AdvanceStageRequest().toStage(stages.get(i + 1).getCode())
                    .occurredOn(day), tag(version), null, null).getVersion();
            day = day.plusDays(2);
        }
        assertThat(recorded).isPositive();

        CommandAccepted agreed = commands.agreeNextStep(id, new NextStepRequest().description("Pilot review")
                .goal("Fleet managers back the pilot").dueOn(day.plusDays(7)).customerOwner("Jane Doe")
                .occurredOn(day), tag(version), null, null);
        version = commands.recordNextStepOutcome(id, agreed.getNextStepId(), new NextStepOutcomeRequest()
                .outcome(NextStepOutcomeRequest.OutcomeEnum.DONE).result("All three back it")
                .occurredOn(day.plusDays(7)), tag(agreed.getVersion()), null, null).getVersion();
        CommandAccepted won = commands.closeAsWon(id, new WonRequest()
                .wonValue(new MoneyRequest().amount(new BigDecimal("41000")).currency("EUR"))
                .occurredOn(day.plusDays(8)), tag(version), null, null);
        version = won.getVersion();

        // a stale version is a 412 the client sees as such
        long current = version;
        assertThatThrownBy(() -> commands.closeAsWon(id, new WonRequest(), tag(current - 1), null, null))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.getCode()).isEqualTo(412));

        // the detail, and a conditional read of it that answers 304 while nothing changed
        String path = "/api/opportunities/" + id;
        OpportunityDetail detail = opportunities.getOpportunity(id, version, null, null, null, null);
        assertThat(detail.getStatus()).isEqualTo(OpportunityDetail.StatusEnum.WON);
        readBack(path, detail);
        assertThatThrownBy(() -> opportunities.getOpportunity(id, null, null, null, tag(current), null))
                .isInstanceOfSatisfying(ApiException.class, notModified -> {
                    assertThat(notModified.getCode()).isEqualTo(304);
                    assertThat(notModified.getResponseHeaders().firstValue("ETag")).contains(tag(current));
                });

        // the audited history, each entry's details typed as its event
        History history = opportunities.getHistory(id, version, null);
        readBack(path + "/history", history);
        List<HistoryEntry> entries = history.getEntries();
        assertThat(entries).hasSize((int) version + 1);
        assertThat(entries.get(0).getDetails().getActualInstance()).isInstanceOfSatisfying(OpportunityOpened.class,
                event -> assertThat(event.getCustomer()).isEqualTo("Generated Client Ltd"));
        assertThat(entries.stream().map(entry -> entry.getDetails().getActualInstance()))
                .hasAtLeastOneElementOfType(BuyingActionRecorded.class)
                .hasAtLeastOneElementOfType(NextStepCompleted.class);
        assertThat(entries.get(entries.size() - 1).getDetails().getActualInstance())
                .isInstanceOfSatisfying(OpportunityWon.class,
                        event -> assertThat(event.getWonValue().getAmount()).isEqualByComparingTo("41000"));
        for (HistoryEntry entry : entries) {
            assertThat(entry.getDetails().getActualInstance().getClass().getSimpleName()).isEqualTo(entry.getType());
        }

        PlanningSheet plan = new ClosingPlanApi(client).getClosingPlan(id, version, null, null);
        readBack(path + "/closing-plan", plan);

        Funnel funnel = new FunnelApi(client).getFunnel(null, null, null, null, null, "owner", null, null, null);
        readBack("/api/funnel?groupBy=owner", funnel);
        assertThat(funnel.getGroups()).isNotEmpty();

        Forecast forecast = new FunnelApi(client).getForecast("quarter", "2026-Q4", 2, null, null, null, null, null,
                null, null);
        readBack("/api/forecast?period=quarter&from=2026-Q4&periods=2", forecast);

        WinLossReview review = new WinLossApi(client).getWinLossReview(id, null);
        readBack(path + "/win-loss-review", review);
        assertThat(review.getOutcome().getStatus()).isEqualTo(WinLossReviewOutcome.StatusEnum.WON);
        assertThat(review.getOutcome().getClosedOn()).isEqualTo(day.plusDays(8));

        System.out.printf("Generated Java client: a deal driven from open to won in %d commands, %d fields of 7 "
                + "reads compared with the raw answers, none dropped%n", version + 1, fieldsCompared);
    }

    private static String tag(long version) {
        return "\"" + version + "\"";
    }

    /** The answer as the generated client read it, against the same answer read raw. */
    private void readBack(String path, Object read) throws Exception {
        Api.Response raw = api.get(REP, path);
        assertThat(raw.status()).as(path).isEqualTo(200);
        JsonNode sent = json.readTree(raw.raw().body());
        JsonNode kept = json.valueToTree(read);
        List<String> dropped = new ArrayList<>();
        compare(path, sent, kept, dropped);
        assertThat(dropped).as("what the generated client dropped or changed of " + path).isEmpty();
    }

    private void compare(String where, JsonNode sent, JsonNode kept, List<String> dropped) {
        if (sent.isNull()) {
            if (kept != null && !kept.isNull() && !kept.isMissingNode()) {
                dropped.add(where + ": null became " + kept);
            }
            return;
        }
        fieldsCompared++;
        if (kept == null || kept.isMissingNode() || kept.isNull()) {
            dropped.add(where + ": " + sent);
        } else if (sent.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = sent.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(where + "." + field.getKey(), field.getValue(), kept.get(field.getKey()), dropped);
            }
        } else if (sent.isArray()) {
            if (sent.size() != kept.size()) {
                dropped.add(where + ": " + sent.size() + " items became " + kept.size());
                return;
            }
            for (int i = 0; i < sent.size(); i++) {
                compare(where + "[" + i + "]", sent.get(i), kept.get(i), dropped);
            }
        } else if (sent.isNumber()) {
            if (!kept.isNumber() || sent.decimalValue().compareTo(kept.decimalValue()) != 0) {
                dropped.add(where + ": " + sent + " became " + kept);
            }
        } else if (!sent.asText().equals(kept.asText()) && !sameInstant(sent.asText(), kept.asText())) {
            dropped.add(where + ": " + sent + " became " + kept);
        }
    }

    private static boolean sameInstant(String sent, String kept) {
        try {
            return OffsetDateTime.parse(sent).toInstant().equals(OffsetDateTime.parse(kept).toInstant());
        } catch (RuntimeException notATime) {
            return false;
        }
    }
}
