package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.web.BadRequest;
import io.opportunities.query.team.DealFilterParameters;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.timeline.CloseRange;
import io.opportunities.query.winloss.AnalysisSettings;
import io.opportunities.query.winloss.ClosedDeals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@Tag(name = "Analytics", description = "Learning from history: calibration, a learned win probability, the process")
class CalibrationController {

    private final ClosedDeals closedDeals;
    private final SalesProcess process;
    private final SalesTeams salesTeams;
    private final AnalysisSettings settings;

    CalibrationController(ClosedDeals closedDeals, SalesProcess process, SalesTeams salesTeams,
                          AnalysisSettings settings) {
        this.closedDeals = closedDeals;
        this.process = process;
        this.salesTeams = salesTeams;
        this.settings = settings;
    }

    @GetMapping("/api/analytics/calibration")
    @Operation(summary = "Did the probabilities come true? And does a model learnt from history do better?",
            description = "For the deals whose final close falls between closedFrom and closedTo, each point of "
                    + "their lives (the opening day, every day an event changed their figures, and every "
                    + "sales.analysis.point-every-days while open, up to the day before the close) is a prediction: "
                    + "the probability the deal carried then (stated) and its stage's default probability "
                    + "(stageDefault), each scored against the outcome (won: 1; lost or withdrawn: 0) with the Brier "
                    + "score and a reliability table per band of ten points. Then the holdout: a logistic regression "
                    + "on the deal's facts as they stood at each point (stage, days in stage, owner, product, sector, "
                    + "value band) is trained on the deals closed before splitOn (default: the day three quarters of "
                    + "them had closed) and scored on the points of those closed from it on, beside the stage "
                    + "default, the stated probability and the training win share on the same points.")
    Calibration calibration(@Parameter(description = "First close date, inclusive") @RequestParam LocalDate closedFrom,
                            @Parameter(description = "Last close date, inclusive") @RequestParam LocalDate closedTo,
                            @Parameter(description = "Train on the deals closed before this day, test on the rest")
                            @RequestParam(required = false) LocalDate splitOn,
                            @Valid @ParameterObject DealFilterParameters selection) {
        CloseRange.of(closedFrom, closedTo);
        if (splitOn != null && (!splitOn.isAfter(closedFrom) || splitOn.isAfter(closedTo))) {
            throw BadRequest.of("Invalid split", "splitOn must lie after closedFrom and no later than closedTo, "
                    + "so that deals closed in the range fall on both sides of it.");
        }
        return Calibration.of(closedFrom, closedTo, splitOn,
                closedDeals.withTimelines(closedFrom, closedTo, selection.resolve(salesTeams.current())), process,
                settings);
    }
}
