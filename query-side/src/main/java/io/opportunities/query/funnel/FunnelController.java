package io.opportunities.query.funnel;

import io.opportunities.api.salesprocess.SalesProcess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Funnel", description = "Where the open deals stand")
class FunnelController {

    private final JdbcClient jdbc;
    private final SalesProcess process;

    FunnelController(JdbcClient jdbc, SalesProcess process) {
        this.jdbc = jdbc;
        this.process = process;
    }

    @GetMapping("/api/funnel")
    @Operation(summary = "The funnel of open deals",
            description = "Per stage, in the sales process's order: count, total value and value weighted by each "
                    + "deal's probability (its closing certainty, or its manual override, counted as overridden), "
                    + "per currency; optionally for one owner.")
    Funnel funnel(@RequestParam(required = false) @Size(max = 100) String owner) {
        List<Funnel.StageTotal> totals = jdbc.sql("""
                        SELECT stage, currency, count(*) AS deals, sum(estimated_amount) AS total,
                               sum(estimated_amount * probability) AS weighted, count(certainty_override) AS overridden
                        FROM opportunity
                        WHERE status = 'OPEN' AND (CAST(:owner AS VARCHAR) IS NULL OR owner = :owner)
                        GROUP BY stage, currency""")
                .param("owner", owner == null || owner.isBlank() ? null : owner)
                .query((rs, rowNum) -> new Funnel.StageTotal(rs.getString("stage"), rs.getString("currency"),
                        rs.getLong("deals"), rs.getBigDecimal("total"), rs.getBigDecimal("weighted"),
                        rs.getLong("overridden")))
                .list();
        return Funnel.of(process, totals);
    }
}
