package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.web.BadRequest;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.BusinessCalendar;
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
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * What history teaches: whether the probabilities came true, the back-test of the learned win probability, the paths
 * deals took.
 */
@RestController
@Tag(name = "Analytics", description = "Learning from history: calibration, a learned win probability, the process")
class LearningController {

    private final ClosedDeals closedDeals;
    private final Timeline timeline;
    private final SalesProcess process;
    private final SalesTeams salesTeams;
    private final AnalysisSettings settings;
    private final BusinessCalendar calendar;
    private final ReadAccess readAccess;
    private final DealHistories histories;

    LearningController(ClosedDeals closedDeals, Timeline timeline, SalesProcess process, SalesTeams salesTeams,
                       AnalysisSettings settings, BusinessCalendar calendar, ReadAccess readAccess,
                       DealHistories histories) {
        this.readAccess = readAccess;
        this.histories = histories;
        this.closedDeals = closedDeals;
        this.timeline = timeline;
        this.process = process;
        this.salesTeams = salesTeams;
        this.settings = settings;
        this.calendar = calendar;
    }

    @GetMapping("/api/analytics/calibration")
    @Operation(summary = "Did the probabilities come true? And does a model learnt from history do better?",
            description = "For the deals whose final close falls between closedFrom and closedTo, each point of "
                    + "their lives (the opening day, every day an event changed their figures, and every "
                    + "sales.analysis.point-every-days while open, up to the day before the close) is a prediction: "
                    + "the probability the deal carried then (stated) and its stage's default probability "
                    + "(stageDefault), each scored against the outcome (won: 1; lost or withdrawn: 0) with the Brier "
                    + "score, the log loss and a reliability table per band of ten points. Then the back-test, a "
                    + "forecast test: every deal open at the end of splitOn (default: the day three quarters of the "
                    + "deals had closed) and of every 7th day after it up to closedTo, as it stood then, is predicted "
                    + "by ways fitted only on what was known at the split and scored against what had become of it "
                    + "by closedTo (or today, if earlier); deals still open then are counted apart as censored. The "
                    + "ways: the learned probability (the method with the lowest mean Brier score on three "
                    + "time-ordered folds of the training data, among a logistic regression on the deal's timing, "
                    + "one also on its owner and product, each Platt-scaled or not, and the baselines, to which it "
                    + "falls back and says so when none learned does better), the base rate (the training deals' "
                    + "win share, each deal once), the age-in-stage, owner and product shares shrunk toward the base "
                    + "rate, the stage default and the stated probability.")
    Calibration getCalibration(
            @Parameter(description = "First close date, inclusive") @RequestParam LocalDate closedFrom,
            @Parameter(description = "Last close date, inclusive") @RequestParam LocalDate closedTo,
            @Parameter(description = "Train on the deals closed before this day, test on the rest")
            @RequestParam(required = false) LocalDate splitOn,
            @Valid @ParameterObject DealFilterParameters selection, Authentication user) {
        CloseRange.of(closedFrom, closedTo);
        if (splitOn != null && (!splitOn.isAfter(closedFrom) || splitOn.isAfter(closedTo))) {
            throw BadRequest.of("Invalid split", "splitOn must lie after closedFrom and no later than closedTo, "
                    + "so that deals closed in the range fall on both sides of it.");
        }
        DealFilter filter = selection.resolve(salesTeams.current(), readAccess.visibility(user));
        LocalDate today = calendar.today();
        return Calibration.of(closedFrom, closedTo, splitOn, closedDeals.withTimelines(closedFrom, closedTo, filter),
                histories.of(filter), closedTo.isAfter(today) ? today : closedTo, process, settings);
    }

    @GetMapping("/api/analytics/process")
    @Operation(summary = "The paths deals really took, and how often they slip back",
            description = "For the deals whose final close falls between closedFrom and closedTo: the most common "
                    + "paths (the stages in the order they were stayed in, then the outcome), each with its deals, "
                    + "share and win rate; and per stage how many deals reached it, the moves back out of it and the "
                    + "regression rate (the share of the deals that reached it and moved back out of it). Filters as "
                    + "the funnel's.")
    ProcessView getProcessAnalysis(
            @Parameter(description = "First close date, inclusive") @RequestParam LocalDate closedFrom,
            @Parameter(description = "Last close date, inclusive") @RequestParam LocalDate closedTo,
            @Parameter(description = "How many paths, most common first")
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int top,
            @Valid @ParameterObject DealFilterParameters selection, Authentication user) {
        CloseRange.of(closedFrom, closedTo);
        DealFilter filter = selection.resolve(salesTeams.current(), readAccess.visibility(user));
        return ProcessView.of(closedFrom, closedTo, timeline.pathsOfDealsClosedBetween(closedFrom, closedTo, filter),
                process, top);
    }
}
