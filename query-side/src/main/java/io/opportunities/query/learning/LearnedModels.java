package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.learning.WinModelStore.Occasion;
import io.opportunities.query.learning.WinModelStore.Stored;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.winloss.AnalysisSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learned win probability's models: fitted once, not per answer, and kept current. Today's answers come from the
 * latest stored model, read once and held in memory; it is fitted again on a schedule, as soon as enough deals have
 * closed since, and when an administrator asks, and every fit is stored, so that a past answer can be explained.
 * An answer as of a past day comes from a model fitted on what was known by then, kept in memory for the next answer
 * of that day. The organisation's experience is every deal, whoever asks; an answer shows only the deals the asker
 * may see.
 */
@Service
class LearnedModels {

    private static final Logger log = LoggerFactory.getLogger(LearnedModels.class);

    /** Which past model: what was known by the end of a business day, as recorded by a time (or everything). */
    private record Moment(LocalDate knownBy, @Nullable Instant knownAt) {
    }

    private final DealHistories histories;
    private final WinModelStore store;
    private final SalesProcess process;
    private final AnalysisSettings analysis;
    private final LearningSettings settings;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final JdbcClient jdbc;
    private volatile @Nullable Stored current;
    /** How many deals were closed when a fit last found nothing to learn from; -1 if none did. */
    private long nothingLearntAt = -1;
    private final Map<Moment, Optional<LearnedModel>> past;

    LearnedModels(DealHistories histories, WinModelStore store, SalesProcess process, AnalysisSettings analysis,
                  LearningSettings settings, BusinessCalendar calendar, Clock clock, JdbcClient jdbc) {
        this.histories = histories;
        this.store = store;
        this.process = process;
        this.analysis = analysis;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
        this.jdbc = jdbc;
        int kept = settings.pastModels();
        this.past = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Moment, Optional<LearnedModel>> eldest) {
                return size() > kept;
            }
        };
    }

    /**
     * The model today's answers come from: the latest stored, or, if none is, one fitted now; empty while no deal has
     * closed (asked again only once the count of closed deals has changed).
     */
    Optional<Stored> current() {
        Stored known = current;
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (this) {
            if (current == null) {
                current = store.latest().orElse(null);
            }
            if (current == null) {
                long closed = closedDeals();
                if (closed != nothingLearntAt) {
                    refit(Occasion.FIRST_ANSWER, "the first answer");
                    nothingLearntAt = current == null ? closed : -1;
                }
            }
            return Optional.ofNullable(current);
        }
    }

    /**
     * The model fitted on what was known by the end of {@code knownBy}, as recorded by {@code knownAt} (null: all
     * that is recorded now); empty if no deal had closed by then.
     */
    Optional<LearnedModel> knownBy(LocalDate knownBy, @Nullable Instant knownAt) {
        Moment moment = new Moment(knownBy, knownAt);
        synchronized (past) {
            Optional<LearnedModel> model = past.get(moment);
            if (model != null) {
                return model;
            }
        }
        Optional<LearnedModel> fitted = LearnedModel.fitOn(everyDeal(knownAt), knownBy, process,
                analysis.regularisation(), settings.trainingDays());
        synchronized (past) {
            past.put(moment, fitted);
        }
        return fitted;
    }

    /** Fits the model on everything known now and stores it; empty if no deal has closed. */
    synchronized Optional<Stored> refit(Occasion occasion, String by) {
        long started = System.nanoTime();
        long closed = closedDeals();
        Optional<LearnedModel> model = LearnedModel.fitOn(everyDeal(null), calendar.today(), process,
                analysis.regularisation(), settings.trainingDays());
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Stored stored = store.add(model.get(), clock.instant(), occasion, by, closed);
        current = stored;
        log.info("Win model {} fitted ({}, by {}) in {} ms: {} on {} deals closed before {}", stored.version(),
                occasion, by, (System.nanoTime() - started) / 1_000_000, model.get().method(), model.get().deals(),
                model.get().cutoff());
        return Optional.of(stored);
    }

    /** Every model fitted, the latest first. */
    List<Stored> history(int limit) {
        return store.history(limit);
    }

    @Scheduled(cron = "${sales.learning.refit-cron:0 30 2 * * *}", zone = "${sales.time-zone:UTC}")
    void onSchedule() {
        refit(Occasion.SCHEDULE, "the schedule " + settings.refitCron());
    }

    /**
     * Takes up a model another query node stored since, and fits again as soon as enough deals have closed since the
     * current model was fitted.
     */
    @Scheduled(fixedDelayString = "${sales.learning.check-every:PT1M}",
            initialDelayString = "${sales.learning.check-every:PT1M}")
    void whenEnoughDealsClosed() {
        Stored known = current;
        if (known == null) {
            return;
        }
        long seen = known.version();
        if (store.latestVersion().filter(latest -> latest > seen).isPresent()) {
            known = store.latest().orElseThrow();
            current = known;
        }
        long closedSince = closedDeals() - known.closedDealsSeen();
        if (closedSince >= settings.refitAfterClosed()) {
            refit(Occasion.DEALS_CLOSED, closedSince + " deals closed since model " + known.version());
        }
    }

    private List<DealHistory> everyDeal(@Nullable Instant knownAt) {
        return histories.of(DealFilter.everyDeal()).stream().map(deal -> deal.knownAt(knownAt)).toList();
    }

    private long closedDeals() {
        return jdbc.sql("SELECT count(*) FROM opportunity WHERE status <> 'OPEN'").query(Long.class).single();
    }
}
