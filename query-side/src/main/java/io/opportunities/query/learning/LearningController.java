package io.opportunities.query.learning;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.consistency.NotFound;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.team.DealFilterParameters;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.timeline.CloseRange;
import io.opportunities.query.timeline.Timeline;
import io.opportunities.query.winloss.AnalysisSettings;
import io.opportunities.query.winloss.ClosedDeals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
@Tag(name = "Analytics")
class LearningController {

    private final ClosedDeals closedDeals;
    private final Timeline timeline;
    private final SalesProcess process;
    private final SalesTeams salesTeams;
    private final AnalysisSettings settings;
    private final BusinessCalendar calendar;
    private final JdbcClient jdbc;

    LearningController(ClosedDeals closedDeals, Timeline timeline, SalesProcess process, SalesTeams salesTeams,
                       AnalysisSettings settings, BusinessCalendar calendar, JdbcClient jdbc) {
        this.closedDeals = closedDeals;
        this.timeline = timeline;
        this.process = process;
        this.salesTeams = salesTeams;
        this.settings = settings;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/analytics/process")
    @Operation(summary = "The paths deals really took, and how often they slip back",
            description = "For the deals whose final close falls between closedFrom and closedTo: the most common "
                    + "paths (the stages in the order they were stayed in, then the outcome), each with its deals, "
                    + "share and win rate; and per stage how many deals reached it, the moves back out of it and the "
                    + "regression rate (the share of the deals that reached it and moved back out of it). Filters as "
                    + "the funnel's.")
    ProcessView process(@Parameter(description = "First close date, inclusive") @RequestParam LocalDate closedFrom,
                        @Parameter(description = "Last close date, inclusive") @RequestParam LocalDate closedTo,
                        @Parameter(description = "How many paths, most common first")
                        @RequestParam(defaultValue = "10") @Min(1) @Max(100) int top,
                        @Valid @ParameterObject DealFilterParameters selection) {
        CloseRange.of(closedFrom, closedTo);
        DealFilter filter = selection.resolve(salesTeams.current());
        return ProcessView.of(closedFrom, closedTo, timeline.pathsOfDealsClosedBetween(closedFrom, closedTo, filter),
                process, top);
    }

    @GetMapping("/api/opportunities/{opportunityId}/win-probability")
    @Operation(summary = "An open deal's learned chance of winning, and why",
            description = "The logistic regression of GET /api/analytics/calibration, trained on the points of life "
                    + "of every deal closed in the ten years before today, applied to the deal as it stands today: "
                    + "its stage, days in stage, owner, product, customer's sector and value band. The answer shows "
                    + "the factors that weigh most in it, beside the probability the deal carries and its stage's "
                    + "default. 409 opportunity-closed for a closed deal: its outcome is known.")
    WinProbability winProbability(@PathVariable UUID opportunityId) {
        String id = opportunityId.toString();
        Deal deal = deal(id).orElseThrow(() -> NotFound.opportunity(id));
        if (deal.status() != OpportunityStatus.OPEN) {
            throw closed(id, deal.status());
        }
        LocalDate today = calendar.today();
        LifePoints lifePoints = new LifePoints(process, settings.pointEveryDays());
        LifePoints.LifePoint now = lifePoints.at(id, timeline.entriesOf(id), today)
                .orElseThrow(() -> NotFound.opportunity(id));
        DealFeatures features = new DealFeatures(settings);
        LocalDate from = today.minusDays(CloseRange.MAX_DAYS);
        LocalDate to = today.minusDays(1);
        List<WinModel.Example> examples = new ArrayList<>();
        long deals = 0;
        for (ClosedDeals.WithTimeline closed : closedDeals.withTimelines(from, to, DealFilter.none())) {
            deals++;
            DealFeatures.Deal attributes = new DealFeatures.Deal(closed.deal().owner(), closed.deal().product(),
                    closed.deal().sector());
            lifePoints.of(closed.deal().opportunityId(), closed.timeline()).forEach(point -> examples.add(
                    new WinModel.Example(features.of(point, attributes), closed.deal().won())));
        }
        WinProbability.Training training = new WinProbability.Training(from, to, deals, examples.size());
        var stated = Reliability.fraction(now.statedProbability() / 100.0);
        var stageDefault = Reliability.fraction(now.stageProbability() / 100.0);
        var share = examples.isEmpty() ? null : Reliability.fraction(
                (double) examples.stream().filter(WinModel.Example::won).count() / examples.size());
        List<String> facts = features.of(now, new DealFeatures.Deal(deal.owner(), deal.product(), deal.sector()));
        return WinModel.train(examples, settings.regularisation())
                .map(model -> new WinProbability(id, today, Reliability.fraction(model.probability(facts)), stated,
                        stageDefault, share, model.factors(facts, settings.topFactors()), model.intercept(), training,
                        null))
                .orElseGet(() -> new WinProbability(id, today, null, stated, stageDefault, share, List.of(), null,
                        training, "The deals closed in the ten years before today do not hold both wins and others "
                        + "to learn from."));
    }

    private record Deal(String owner, String product, String sector, OpportunityStatus status) {
    }

    private Optional<Deal> deal(String id) {
        return jdbc.sql("""
                        SELECT o.owner, o.product, o.status,
                               (SELECT min(c.sector) FROM customer c WHERE c.name = o.customer) AS sector
                        FROM opportunity o WHERE o.opportunity_id = ?""")
                .param(id)
                .query((rs, rowNum) -> new Deal(rs.getString("owner"), rs.getString("product"),
                        rs.getString("sector"), OpportunityStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    private static ErrorResponseException closed(String id, OpportunityStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Opportunity " + id + " is "
                + status.name().toLowerCase() + ": its outcome is known. Its win/loss review tells how it went.");
        problem.setTitle("Business rule broken");
        problem.setType(URI.create("urn:opportunities:rule:opportunity-closed"));
        problem.setProperty("rule", "opportunity-closed");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
