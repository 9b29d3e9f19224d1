package io.opportunities.query.attention;

import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.platform.config.SalesProperties;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.team.Teams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Attention", description = "The opportunities a manager should look at now, and why")
class AttentionController {

    private final JdbcClient jdbc;
    private final SalesProcess process;
    private final AttentionRules rules;
    private final SalesTeams salesTeams;
    private final BusinessCalendar calendar;
    private final ReadAccess readAccess;

    AttentionController(JdbcClient jdbc, SalesProcess process, SalesProperties properties, SalesTeams salesTeams,
                        BusinessCalendar calendar, ReadAccess readAccess) {
        this.readAccess = readAccess;
        this.jdbc = jdbc;
        this.process = process;
        this.rules = new AttentionRules(process, properties.attention());
        this.salesTeams = salesTeams;
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
    AttentionList getAttentionList(@RequestParam(required = false) @Size(max = 100) String owner,
                                   @RequestParam(required = false) @Size(max = 100) String team,
                                   @RequestParam(defaultValue = "0") @PositiveOrZero @Max(100_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                   Authentication user) {
        LocalDate today = calendar.today();
        Teams teams = salesTeams.current();
        DealFilter filter = DealFilter.of(owner, team, null, null, teams, readAccess.visibility(user));
        Page candidates = candidates(filter, today, page, size);
        List<AttentionList.Item> items = candidates.rows().stream()
                .map(candidate -> candidate.item(rules.reasons(candidate.deal(), today), teams))
                .toList();
        return new AttentionList(today, candidates.total(), page, size, items);
    }

    private record Candidate(String opportunityId, String customer, String title, String owner, int probability,
                             AttentionRules.Deal deal) {

        AttentionList.Item item(List<AttentionList.Reason> reasons, Teams teams) {
            return new AttentionList.Item(opportunityId, customer, title, owner, teams.teamOf(owner), deal.stage(),
                    Amounts.money(deal.estimatedAmount(), deal.currency()), deal.expectedCloseOn(), probability,
                    AttentionRules.urgency(reasons), reasons);
        }
    }

    private record Page(long total, List<Candidate> rows) {
    }

    /**
     * The requested page of the open deals that meet at least one rule today, most urgent first. The database applies
     * the rules' own conditions with their weights, so that it sorts and pages; the rules then say in words why each
     * deal of the page is listed.
     */
    private Page candidates(DealFilter filter, LocalDate today, int page, int size) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("today", today);
        parameters.put("closingBy", rules.closingBy(today));
        parameters.put("strategicScore", rules.strategicScore());
        List<String> important = new ArrayList<>(List.of("o.strategic_score >= :strategicScore"));
        int index = 0;
        for (Map.Entry<String, BigDecimal> value : rules.importantValues().entrySet()) {
            important.add("(o.currency = :importantCurrency" + index + " AND o.estimated_amount >= :importantValue"
                    + index + ")");
            parameters.put("importantCurrency" + index, value.getKey());
            parameters.put("importantValue" + index, value.getValue());
            index++;
        }
        List<String> stalled = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (Stage stage : process.stages()) {
            stalled.add(stalled("o.stage = :stage" + stages.size(), "stalledBefore" + stages.size()));
            parameters.put("stage" + stages.size(), stage.code());
            parameters.put("stalledBefore" + stages.size(), rules.stalledBefore(stage.code(), today));
            stages.add(stage.code());
        }
        stalled.add(stalled("o.stage NOT IN (:knownStages)", "stalledBeforeOtherStages"));
        parameters.put("knownStages", stages);
        parameters.put("stalledBeforeOtherStages", today.minusDays(Stage.DEFAULT_USUAL_DAYS));
        Map<AttentionReason, String> conditions = new EnumMap<>(AttentionReason.class);
        conditions.put(AttentionReason.NEXT_STEP_OVERDUE, "o.next_step_due_on < :today");
        conditions.put(AttentionReason.CLOSING_SOON, "o.expected_close_on <= :closingBy");
        conditions.put(AttentionReason.CLOSE_DATE_SLIPPED, "(o.last_slipped_on IS NOT NULL"
                + " AND (o.last_reviewed_on IS NULL OR o.last_slipped_on > o.last_reviewed_on))");
        conditions.put(AttentionReason.NOT_MOVING, "(" + String.join(" OR ", stalled) + ")");
        conditions.put(AttentionReason.REVIEW_DUE, "o.next_review_on <= :today");
        conditions.put(AttentionReason.IMPORTANT, "(" + String.join(" OR ", important) + ")");
        conditions.put(AttentionReason.NEW, "NOT o.qualified");
        String urgency = String.join(" + ", conditions.entrySet().stream()
                .map(condition -> "CASE WHEN " + condition.getValue() + " THEN " + condition.getKey().weight()
                        + " ELSE 0 END")
                .toList());
        parameters.put("limit", size);
        parameters.put("offset", (long) page * size);
        // ranked from the columns of ix_opportunity_attention alone, then the page's rows read by their keys
        String sql = "WITH ranked AS (SELECT o.opportunity_id, " + urgency + " AS urgency,"
                + " o.expected_close_on AS close_on, o.estimated_amount AS amount, count(*) OVER () AS total"
                + " FROM opportunity o WHERE o.status = 'OPEN'" + filter.conditions("o")
                + " AND (" + String.join("\n OR ", conditions.values()) + ")"
                + " ORDER BY urgency DESC, o.expected_close_on, o.estimated_amount DESC, o.opportunity_id"
                + " LIMIT :limit OFFSET :offset)"
                + """
                 SELECT r.total, o.opportunity_id, o.customer, o.title, o.owner, o.probability, o.stage,
                        o.stage_entered_on, o.estimated_amount, o.currency, o.expected_close_on, o.next_step_due_on,
                        o.qualified, o.last_buying_action_on, o.last_reviewed_on, o.next_review_on,
                        o.last_slipped_on, o.strategic_score
                 FROM ranked r JOIN opportunity o ON o.opportunity_id = r.opportunity_id
                 ORDER BY r.urgency DESC, r.close_on, r.amount DESC, r.opportunity_id""";
        long[] total = {0};
        List<Candidate> rows = jdbc.sql(sql).params(parameters).query((rs, rowNum) -> {
            total[0] = rs.getLong("total");
            return new Candidate(rs.getString("opportunity_id"), rs.getString("customer"), rs.getString("title"),
                    rs.getString("owner"), rs.getInt("probability"),
                    new AttentionRules.Deal(rs.getString("stage"), rs.getObject("stage_entered_on", LocalDate.class),
                            rs.getBigDecimal("estimated_amount"), rs.getString("currency"),
                            rs.getObject("expected_close_on", LocalDate.class),
                            rs.getObject("next_step_due_on", LocalDate.class), rs.getBoolean("qualified"),
                            rs.getObject("last_buying_action_on", LocalDate.class),
                            rs.getObject("last_reviewed_on", LocalDate.class),
                            rs.getObject("next_review_on", LocalDate.class),
                            rs.getObject("last_slipped_on", LocalDate.class),
                            (Integer) rs.getObject("strategic_score")));
        }).list();
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM opportunity o WHERE o.status = 'OPEN'" + filter.conditions("o")
                    + " AND (" + String.join(" OR ", conditions.values()) + ")").params(parameters)
                    .query(Long.class).single();
        }
        return new Page(total[0], rows);
    }

    private static String stalled(String stageCondition, String cutParameter) {
        return "(" + stageCondition + " AND o.stage_entered_on < :" + cutParameter
                + " AND (o.last_buying_action_on IS NULL OR o.last_buying_action_on < :" + cutParameter + "))";
    }
}
