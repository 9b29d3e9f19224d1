package io.opportunities.query.winloss;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.team.DealFilterParameters;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.team.Teams;
import io.opportunities.query.timeline.CloseRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@Tag(name = "Win/loss")
class WinLossAnalysisController {

    private final ClosedDeals closedDeals;
    private final SalesProcess process;
    private final SalesTeams salesTeams;
    private final AnalysisSettings settings;
    private final ReadAccess readAccess;

    WinLossAnalysisController(ClosedDeals closedDeals, SalesProcess process, SalesTeams salesTeams,
                              AnalysisSettings settings, ReadAccess readAccess) {
        this.readAccess = readAccess;
        this.closedDeals = closedDeals;
        this.process = process;
        this.salesTeams = salesTeams;
        this.settings = settings;
    }

    @GetMapping("/api/win-loss/analysis")
    @Operation(summary = "Win rates across the deals closed in a date range",
            description = "For the deals whose final close (won, lost or withdrawn) falls between closedFrom and "
                    + "closedTo: the outcomes, then the same figures by the furthest stage reached, owner, team, "
                    + "regional office, product, customer sector, competitor (recorded in the closing plan, or the "
                    + "one the deal was lost to), deal size (sales.analysis.deal-size-bands, by the estimated value at "
                    + "the close, known before the outcome, for a win as for a loss) and cycle length (sales.analysis.cycle-bands-days, opening to "
                    + "close); and the losses by reason. Withdrawn deals, no decision or disqualified, are counted "
                    + "apart: winRate is won / (won + lost), winRateIncludingWithdrawn won / deals. Filters as the "
                    + "funnel's.")
    WinLossAnalysis getWinLossAnalysis(
            @Parameter(description = "First close date, inclusive") @RequestParam LocalDate closedFrom,
            @Parameter(description = "Last close date, inclusive") @RequestParam LocalDate closedTo,
            @Valid @ParameterObject DealFilterParameters selection, Authentication user) {
        CloseRange.of(closedFrom, closedTo);
        Teams teams = salesTeams.current();
        return WinLossAnalysis.of(closedFrom, closedTo,
                closedDeals.between(closedFrom, closedTo, selection.resolve(teams, readAccess.visibility(user))), process, teams, settings);
    }
}
