package io.opportunities.query.winloss;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * How closed deals are grouped and learnt from, under {@code sales.analysis}.
 *
 * @param dealSizeBands      the lower bounds of the deal-size bands after the first, in each deal's own currency
 * @param cycleBandsDays     the lower bounds, in days, of the sales-cycle bands after the first
 * @param pointEveryDays     a deal's probability is looked at on the day it opens, on every day something changed
 *                           it, and every this many days while it is open
 * @param regularisation     the inverse strength C of the learned model's L2 penalty: smaller is simpler
 */
@ConfigurationProperties("sales.analysis")
public record AnalysisSettings(List<BigDecimal> dealSizeBands, List<Integer> cycleBandsDays, Integer pointEveryDays,
                               Double regularisation) {

    public AnalysisSettings {
        dealSizeBands = dealSizeBands == null || dealSizeBands.isEmpty()
                ? List.of(new BigDecimal("1000"), new BigDecimal("5000"), new BigDecimal("10000"),
                new BigDecimal("50000"))
                : List.copyOf(dealSizeBands);
        cycleBandsDays = cycleBandsDays == null || cycleBandsDays.isEmpty() ? List.of(30, 60, 90, 180)
                : List.copyOf(cycleBandsDays);
        pointEveryDays = pointEveryDays == null ? 30 : pointEveryDays;
        regularisation = regularisation == null ? 1.0 : regularisation;
        if (pointEveryDays < 1 || regularisation <= 0) {
            throw new IllegalArgumentException("sales.analysis: point-every-days must be at least 1, "
                    + "regularisation above 0");
        }
    }
}
