package io.opportunities.query.attention;

import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.platform.config.SalesProperties;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.team.Teams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Attention", description = "The opportunities a manager should look at now, and why")
class AttentionController {

    private final JdbcClient jdbc;
    private final SalesProcess process;
    private final AttentionRules rules;
    private final Teams teams;
    private final BusinessCalendar calendar;

    AttentionController(JdbcClient jdbc, SalesProcess process, SalesProperties properties, Teams teams,
                        BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.process = process;
        this.rules = new AttentionRules(process, properties.attention());
        this.teams = teams;
        this.calendar = calendar;
    }

    @GetMapping("/api/attention")
    @Operation(summary = "The attention list",
            description = "Open opportunities that need a manager's attention today, each with every reason: "
                    + "NEXT_STEP_OVERDUE, CLOSING_SOON (within sales.attention.closing-within-days, or past its "
                    + "expected close), CLOSE_DATE_SLIPPED (since its last review), NOT_MOVING (no stage change and no "
                    + "buying action for longer than its stage's usual-days), REVIEW_DUE, IMPORTANT (value or "
                    + "strategic score at the configured threshold), NEW (not qualified). Ordered by urgency, the sum "
                    + "of the reasons' weights (3 for overdue next steps and closing soon, 1 for new, 2 for the "
                    + "others), then by expected close date and value. Filter by owner or team.")
    AttentionList attention(@RequestParam(required = false) @Size(max = 100) String owner,
                            @RequestParam(required = false) @Size(max = 100) String team,
                            @RequestParam(defaultValue = "0") @PositiveOrZero @Max(100_000) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        LocalDate today = calendar.today();
        DealFilter filter = DealFilter.of(owner, team, null, null, teams);
        List<AttentionList.Item> items = new ArrayList<>();
        candidates(filter, today).forEach(candidate -> {
            List<AttentionList.Reason> reasons = rules.reasons(candidate.deal(), today);
            if (!reasons.isEmpty()) {
                items.add(candidate.item(reasons, teams));
            }
        });
        items.sort(Comparator.comparingInt(AttentionList.Item::urgency).reversed()
                .thenComparing(AttentionList.Item::expectedCloseOn)
                .thenComparing(item -> item.estimatedValue().amount(), Comparator.reverseOrder())
                .thenComparing(AttentionList.Item::opportunityId));
        int from = (int) Math.min((long) page * size, items.size());
        return new AttentionList(today, items.size(), page, size,
                List.copyOf(items.subList(from, Math.min(from + size, items.size()))));
    }

    private record Candidate(String opportunityId, String customer, String title, String owner, int probability,
                             AttentionRules.Deal deal) {

        AttentionList.Item item(List<AttentionList.Reason> reasons, Teams teams) {
            return new AttentionList.Item(opportunityId, customer, title, owner, teams.teamOf(owner), deal.stage(),
                    Amounts.money(deal.estimatedAmount(), deal.currency()), deal.expectedCloseOn(), probability,
                    AttentionRules.urgency(reasons), reasons);
        }
    }

    /**
     * The open deals that meet at least one rule today, asked of the database with the rules' own thresholds so
     * that only those are read; the rules then say why, one deal at a time.
     */
    private List<Candidate> candidates(DealFilter filter, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        List<String> anyOf = new ArrayList<>(List.of(
                "NOT o.qualified",
                "o.next_step_due_on < :today",
                "o.expected_close_on <= :closingBy",
                "o.next_review_on <= :today",
                "(o.last_slipped_on IS NOT NULL AND (o.last_reviewed_on IS NULL OR o.last_slipped_on > o.last_reviewed_on))",
                "o.strategic_score >= :strategicScore"));
        parameters.put("today", today);
        parameters.put("closingBy", rules.closingBy(today));
        parameters.put("strategicScore", rules.strategicScore());
        int index = 0;
        for (Map.Entry<String, BigDecimal> important : rules.importantValues().entrySet()) {
            anyOf.add("(o.currency = :importantCurrency" + index + " AND o.estimated_amount >= :importantValue" + index + ")");
            parameters.put("importantCurrency" + index, important.getKey());
            parameters.put("importantValue" + index, important.getValue());
            index++;
        }
        List<String> stages = new ArrayList<>();
        for (Stage stage : process.stages()) {
            anyOf.add(stalled("o.stage = :stage" + stages.size(), "stalledBefore" + stages.size()));
            parameters.put("stage" + stages.size(), stage.code());
            parameters.put("stalledBefore" + stages.size(), rules.stalledBefore(stage.code(), today));
            stages.add(stage.code());
        }
        anyOf.add(stalled("o.stage NOT IN (:knownStages)", "stalledBeforeOtherStages"));
        parameters.put("knownStages", stages);
        parameters.put("stalledBeforeOtherStages", today.minusDays(Stage.DEFAULT_USUAL_DAYS));
        String sql = """
                SELECT o.opportunity_id, o.customer, o.title, o.owner, o.probability, o.stage, o.stage_entered_on,
                       o.estimated_amount, o.currency, o.expected_close_on, o.next_step_due_on, o.qualified,
                       o.last_buying_action_on, o.last_reviewed_on, o.next_review_on, o.last_slipped_on,
                       o.strategic_score
                FROM opportunity o
                WHERE o.status = 'OPEN'""" + filter.conditions("o") + " AND (" + String.join("\n OR ", anyOf) + ")";
        return jdbc.sql(sql).params(parameters).query((rs, rowNum) -> new Candidate(
                rs.getString("opportunity_id"), rs.getString("customer"), rs.getString("title"),
                rs.getString("owner"), rs.getInt("probability"),
                new AttentionRules.Deal(rs.getString("stage"), rs.getObject("stage_entered_on", LocalDate.class),
                        rs.getBigDecimal("estimated_amount"), rs.getString("currency"),
                        rs.getObject("expected_close_on", LocalDate.class),
                        rs.getObject("next_step_due_on", LocalDate.class), rs.getBoolean("qualified"),
                        rs.getObject("last_buying_action_on", LocalDate.class),
                        rs.getObject("last_reviewed_on", LocalDate.class),
                        rs.getObject("next_review_on", LocalDate.class),
                        rs.getObject("last_slipped_on", LocalDate.class),
                        (Integer) rs.getObject("strategic_score")))).list();
    }

    private static String stalled(String stageCondition, String cutParameter) {
        return "(" + stageCondition + " AND o.stage_entered_on < :" + cutParameter
                + " AND (o.last_buying_action_on IS NULL OR o.last_buying_action_on < :" + cutParameter + "))";
    }
}
