package io.opportunities.query.funnel;

import io.opportunities.platform.web.BadRequest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month ({@code 2026-11}) or quarter ({@code 2026-Q4}) of expected close dates: what the funnel and the
 * forecast group by and filter on.
 *
 * @param label what the period is called, e.g. {@code 2026-Q4}
 * @param start its first day
 * @param end   its last day
 */
record ClosePeriod(String label, LocalDate start, LocalDate end) {

    enum Granularity { MONTH, QUARTER }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    static ClosePeriod containing(LocalDate day, Granularity granularity) {
        return granularity == Granularity.MONTH
                ? month(YearMonth.from(day))
                : quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses {@code 2026-11} or {@code 2026-Q4}; anything else is a 400 that says what is expected. */
    static ClosePeriod parse(String text) {
        Matcher month = MONTH.matcher(text);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            return month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        throw BadRequest.of("Invalid close period",
                "A close period is a month such as 2026-11 or a quarter such as 2026-Q4, not " + text + ".");
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static ClosePeriod month(YearMonth month) {
        return new ClosePeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    private static ClosePeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new ClosePeriod(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
}
