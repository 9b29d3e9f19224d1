package io.opportunities.query.funnel;

import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.query.timeline.Timeline;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The forecast per expected-close period: what the open deals expected to close in it weigh, what of it is
 * committed (deals at or above the commit certainty), what already closed in it, and which deals slipped out of it,
 * with their reasons. Amounts are per currency, never added across currencies.
 */
record Forecast(@Nullable LocalDate asOf, @Nullable Instant knownAt, int commitCertainty, List<Period> periods) {

    /**
     * @param open   the open deals expected to close in the period
     * @param closed the deals closed in the period
     */
    record Period(String period, LocalDate start, LocalDate end, List<OpenAmount> open, Closed closed,
                  List<Timeline.Slip> slipped) {
    }

    /**
     * @param weighted        the sum of each deal's value times its probability
     * @param committed       the value of the deals at or above the commit certainty, and how many they are
     * @param learnedExpected the won value to expect from the deals' learned chances of winning: the sum of each
     *                        deal's value times its learned chance (see GET /api/analytics/win-probabilities); the
     *                        forecast of today only, null as of a past day, or while nothing has been learnt
     */
    record OpenAmount(String currency, long count, BigDecimal total, BigDecimal weighted, long committedCount,
                      BigDecimal committed, @Nullable BigDecimal learnedExpected) {
    }

    record Closed(long won, long lost, long withdrawn, List<WonAmount> wonAmounts) {
    }

    record WonAmount(String currency, long count, BigDecimal total) {
    }

    /**
     * What the forecast reads of a deal, live or as of a moment.
     *
     * @param learned its learned chance of winning today, 0 to 1; null when not known
     */
    record Deal(OpportunityStatus status, BigDecimal amount, String currency, LocalDate expectedCloseOn,
                int probability, LocalDate closedOn, BigDecimal wonAmount, String wonCurrency,
                @Nullable Double learned) {
    }

    static Period period(ClosePeriod period, List<Deal> deals, int commitCertainty, List<Timeline.Slip> slipped) {
        Map<String, OpenAmount> open = new TreeMap<>();
        Map<String, WonAmount> won = new TreeMap<>();
        long wonCount = 0;
        long lost = 0;
        long withdrawn = 0;
        for (Deal deal : deals) {
            if (deal.status() == OpportunityStatus.OPEN && period.contains(deal.expectedCloseOn())) {
                // value times probability in percent, made a weighted amount once summed, as the funnel does
                BigDecimal weighted = deal.amount().multiply(BigDecimal.valueOf(deal.probability()));
                boolean committed = deal.probability() >= commitCertainty;
                open.merge(deal.currency(), new OpenAmount(deal.currency(), 1, deal.amount(), weighted,
                        committed ? 1 : 0, committed ? deal.amount() : BigDecimal.ZERO,
                        deal.learned() == null ? null : deal.amount().multiply(BigDecimal.valueOf(deal.learned()))),
                        Forecast::add);
            } else if (deal.status() != OpportunityStatus.OPEN && deal.closedOn() != null
                    && period.contains(deal.closedOn())) {
                switch (deal.status()) {
                    case WON -> {
                        wonCount++;
                        won.merge(deal.wonCurrency(), new WonAmount(deal.wonCurrency(), 1, deal.wonAmount()),
                                (a, b) -> new WonAmount(a.currency(), a.count() + b.count(), a.total().add(b.total())));
                    }
                    case LOST -> lost++;
                    case WITHDRAWN -> withdrawn++;
                    default -> throw new IllegalStateException("not closed: " + deal.status());
                }
            }
        }
        List<OpenAmount> openAmounts = new ArrayList<>();
        open.values().forEach(amount -> openAmounts.add(new OpenAmount(amount.currency(), amount.count(),
                Amounts.scaled(amount.total(), amount.currency()), Funnel.percent(amount.weighted()),
                amount.committedCount(),
                Amounts.scaled(amount.committed(), amount.currency()),
                amount.learnedExpected() == null ? null
                        : amount.learnedExpected().setScale(2, RoundingMode.HALF_EVEN))));
        List<WonAmount> wonAmounts = won.values().stream()
                .map(amount -> new WonAmount(amount.currency(), amount.count(),
                        Amounts.scaled(amount.total(), amount.currency())))
                .toList();
        return new Period(period.label(), period.start(), period.end(), openAmounts,
                new Closed(wonCount, lost, withdrawn, wonAmounts), slipped);
    }

    private static OpenAmount add(OpenAmount a, OpenAmount b) {
        return new OpenAmount(a.currency(), a.count() + b.count(), a.total().add(b.total()),
                a.weighted().add(b.weighted()), a.committedCount() + b.committedCount(),
                a.committed().add(b.committed()),
                a.learnedExpected() == null || b.learnedExpected() == null ? null
                        : a.learnedExpected().add(b.learnedExpected()));
    }
}
