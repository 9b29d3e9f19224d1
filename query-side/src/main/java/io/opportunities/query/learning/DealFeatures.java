package io.opportunities.query.learning;

import io.opportunities.query.learning.LifePoints.LifePoint;
import io.opportunities.query.winloss.AnalysisSettings;
import io.opportunities.query.winloss.Bands;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts the learned model reads about a deal at a point of its life, each a yes/no feature in words: its stage
 * and how long it had been in it, its owner, product and customer's sector, and the band of its estimated value then.
 * All but the sector are taken as they stood at the point; the sector is the customer's as registered now.
 */
final class DealFeatures {

    /** How long a deal has sat in its stage, in days: new, a week, a month, two, three, half a year. */
    private static final Bands DAYS_IN_STAGE = Bands.ofDays(List.of(7, 30, 60, 90, 180));
    private static final String NONE = "(none)";

    private final AnalysisSettings settings;
    private final Map<String, Bands> sizes = new HashMap<>();

    DealFeatures(AnalysisSettings settings) {
        this.settings = settings;
    }

    /** The deal's attributes that do not change over its life. */
    record Deal(String owner, String product, String sector) {
    }

    List<String> of(LifePoint point, Deal deal) {
        Bands size = sizes.computeIfAbsent(point.currency(), currency -> new Bands(settings.dealSizeBands(), currency));
        return List.of("stage: " + point.stage(),
                "days in stage: " + DAYS_IN_STAGE.of(point.daysInStage()).label(),
                "owner: " + orNone(deal.owner()),
                "product: " + orNone(deal.product()),
                "sector: " + orNone(deal.sector()),
                "value: " + size.of(point.amount()).label());
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
