package io.opportunities.query.funnel;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.team.DealFilterParameters;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.timeline.CloseRange;
import io.opportunities.query.timeline.Timeline;
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
@Tag(name = "Funnel", description = "Where the open deals stand")
class ConversionController {

    private final SalesProcess process;
    private final Timeline timeline;
    private final SalesTeams salesTeams;
    private final ReadAccess readAccess;

    ConversionController(SalesProcess process, Timeline timeline, SalesTeams salesTeams, ReadAccess readAccess) {
        this.process = process;
        this.timeline = timeline;
        this.salesTeams = salesTeams;
        this.readAccess = readAccess;
    }

    @GetMapping("/api/funnel/conversion")
    @Operation(summary = "Stage conversion, win rates, time in stage and cycle length",
            description = "For the deals whose final close (won, lost or withdrawn) falls between closedFrom and "
                    + "closedTo: per stage how many reached it, moved on from it, moved back from it (each regression "
                    + "counted), were won, lost or withdrawn in it; the conversion rate (moved on / reached) and the "
                    + "win rate of the deals that reached it; the median and mean days of every stay in it; every "
                    + "transition that happened with its count; the median and mean sales cycle, opening to close.")
    Conversion getConversion(@Parameter(description = "First close date, inclusive") @RequestParam LocalDate closedFrom,
                             @Parameter(description = "Last close date, inclusive") @RequestParam LocalDate closedTo,
                             @Valid @ParameterObject DealFilterParameters selection, Authentication user) {
        CloseRange.of(closedFrom, closedTo);
        DealFilter filter = selection.resolve(salesTeams.current(), readAccess.visibility(user));
        return Conversion.of(process, closedFrom, closedTo,
                timeline.pathsOfDealsClosedBetween(closedFrom, closedTo, filter));
    }
}
