package io.opportunities.query.winloss;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Ranges of a value, from lower bounds: with bounds 1,000 and 5,000 the bands are "below 1,000", "1,000 to 4,999"
 * and "5,000 or more" (for whole amounts; "1,000 to below 5,000" for others). Each band's label says so, and its
 * position orders it.
 */
public final class Bands {

    public record Band(int position, String label) {
    }

    private final List<BigDecimal> bounds;
    private final String unit;
    /** Each band, by position, labelled once: a learned model asks for them millions of times. */
    private final List<Band> bands;

    public Bands(List<BigDecimal> bounds, String unit) {
        this.bounds = bounds.stream().sorted().toList();
        this.unit = unit;
        this.bands = java.util.stream.IntStream.rangeClosed(0, this.bounds.size())
                .mapToObj(position -> new Band(position, label(position))).toList();
    }

    public static Bands ofDays(List<Integer> bounds) {
        return new Bands(bounds.stream().map(BigDecimal::valueOf).toList(), "days");
    }

    public Band of(BigDecimal value) {
        int position = 0;
        while (position < bounds.size() && value.compareTo(bounds.get(position)) >= 0) {
            position++;
        }
        return bands.get(position);
    }

    public Band of(long value) {
        int position = 0;
        while (position < bounds.size() && bounds.get(position).compareTo(BigDecimal.valueOf(value)) <= 0) {
            position++;
        }
        return bands.get(position);
    }

    private String label(int position) {
        if (position == 0) {
            return "below " + number(bounds.get(0)) + " " + unit;
        }
        if (position == bounds.size()) {
            return number(bounds.get(position - 1)) + " " + unit + " or more";
        }
        BigDecimal upper = bounds.get(position);
        String top = upper.stripTrailingZeros().scale() <= 0 ? number(upper.subtract(BigDecimal.ONE))
                : "below " + number(upper);
        return number(bounds.get(position - 1)) + " to " + top + " " + unit;
    }

    private static String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(Locale.ENGLISH).format(value);
    }
}
