package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.funnel.LearnedChance;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Today's learned chance of an open deal from the figures its row holds: the same snapshot of today that the deal's
 * own win probability reads, and today's stored model.
 */
@Component
class LearnedChances implements LearnedChance {

    private final LearnedModels models;
    private final SalesProcess process;
    private final BusinessCalendar calendar;

    LearnedChances(LearnedModels models, SalesProcess process, BusinessCalendar calendar) {
        this.models = models;
        this.process = process;
        this.calendar = calendar;
    }

    @Override
    public Optional<ToDoubleFunction<Deal>> today() {
        LocalDate today = calendar.today();
        return models.current().map(stored -> deal -> stored.model().probability(new Snapshots.Snapshot(
                deal.opportunityId(), today, deal.stage(), ChronoUnit.DAYS.between(deal.stageEnteredOn(), today),
                ChronoUnit.DAYS.between(deal.openedOn(), today), deal.probability(),
                process.stage(deal.stage()).map(Stage::probability).orElse(0), deal.owner(), deal.product())));
    }
}
