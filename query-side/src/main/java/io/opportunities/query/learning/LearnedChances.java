package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.funnel.LearnedChance;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Today's learned chance of an open deal from the figures its row holds: the same snapshot of today that the deal's
 * own win probability reads, and today's stored model.
 */
@Component
class LearnedChances implements LearnedChance {

    private final LearnedModels models;
    private final Snapshots snapshots;
    private final BusinessCalendar calendar;

    LearnedChances(LearnedModels models, SalesProcess process, BusinessCalendar calendar) {
        this.models = models;
        this.snapshots = new Snapshots(process);
        this.calendar = calendar;
    }

    @Override
    public Optional<ToDoubleFunction<Deal>> today() {
        LocalDate today = calendar.today();
        return models.current().map(stored -> deal -> stored.model().probability(snapshots.snapshot(
                deal.opportunityId(), today, deal.stage(), deal.stageEnteredOn(), deal.openedOn(), deal.probability(),
                deal.owner(), deal.product())));
    }
}
