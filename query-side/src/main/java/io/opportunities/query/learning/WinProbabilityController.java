package io.opportunities.query.learning;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.web.RuleBroken;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.consistency.NotFound;
import io.opportunities.query.learning.Snapshots.Snapshot;
import io.opportunities.query.learning.WinModelStore.Occasion;
import io.opportunities.query.learning.WinModelStore.Stored;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.team.DealFilterParameters;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.timeline.DealState;
import io.opportunities.query.timeline.Moment;
import io.opportunities.query.timeline.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The learned win probability: of one deal, of the open deals, and the models it comes from. */
@RestController
@Tag(name = "Analytics", description = "Learning from history: calibration, a learned win probability, the process")
class WinProbabilityController {

    private final LearnedModels models;
    private final DealHistories histories;
    private final Snapshots snapshots;
    private final SalesTeams salesTeams;
    private final ReadAccess readAccess;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final Timeline timeline;
    private final JdbcClient jdbc;

    WinProbabilityController(LearnedModels models, DealHistories histories, SalesProcess process,
                             SalesTeams salesTeams, ReadAccess readAccess, BusinessCalendar calendar, Clock clock,
                             Timeline timeline, JdbcClient jdbc) {
        this.models = models;
        this.histories = histories;
        this.snapshots = new Snapshots(process);
        this.salesTeams = salesTeams;
        this.readAccess = readAccess;
        this.calendar = calendar;
        this.clock = clock;
        this.timeline = timeline;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/opportunities/{opportunityId}/win-probability")
    @Operation(summary = "An open deal's learned chance of winning, and why",
            description = "The deal as it stood at the end of asOf (default: today), as known at knownAt (default: "
                    + "now), predicted by the learned model: for today, the stored model (fitted on every deal closed "
                    + "so far, refitted on a schedule and as deals close; see GET /api/analytics/win-models); for a "
                    + "past day, a model fitted only on what was known by then. The model is the way of predicting "
                    + "that the training's own time-ordered folds chose (see the calibration's back-test). The answer "
                    + "explains the chance from the base rate (the training deals' win share) one fact at a time, "
                    + "and says when the deal has been open longer than any deal that closed, or has facts no "
                    + "training snapshot had. 409 opportunity-closed for a deal closed by then; 409 nothing-learnt "
                    + "when no deal had closed by then.")
    WinProbability getWinProbability(@PathVariable UUID opportunityId,
                                     @Parameter(description = "As the deal stood at the end of this business day")
                                     @RequestParam(required = false) LocalDate asOf,
                                     @Parameter(description = "As the system knew it at this time")
                                     @RequestParam(required = false) Instant knownAt,
                                     Authentication user) {
        String id = opportunityId.toString();
        readAccess.requireReadable(id, user);
        Moment moment = Moment.of(asOf, knownAt, calendar.today(), clock.instant());
        LocalDate day = moment.day(calendar.today());
        DealHistory deal = histories.of(List.of(id)).stream().findFirst()
                .orElseThrow(() -> NotFound.opportunity(id)).knownAt(knownAt);
        DealState state = deal.at(day);
        if (!state.opened()) {
            throw NotFound.opportunityAt(id, asOf, knownAt);
        }
        if (state.status() != OpportunityStatus.OPEN) {
            throw RuleBroken.of("opportunity-closed", "Opportunity " + id + " was "
                    + state.status().name().toLowerCase() + " by " + day + ": its outcome is known. Its win/loss "
                    + "review tells how it went.");
        }
        Served served = served(day, knownAt);
        return WinProbability.of(snapshots.at(deal, day).orElseThrow(), knownAt, served.model(), served.stored());
    }

    /** An open deal in the list, with its learned chance beside the one it carries. */
    @Schema(name = "OpenDealWinProbability")
    record OpenDeal(String opportunityId, @Nullable String customer, @Nullable String title, @Nullable String owner,
                    String stage, BigDecimal amount, String currency, LocalDate expectedCloseOn, BigDecimal stated,
                    BigDecimal learned, boolean stale) {
    }

    /**
     * A page of the open deals with their learned chances.
     *
     * @param total every open deal the filters select, on every page
     */
    @Schema(name = "OpenDealsWinProbabilities")
    record OpenDeals(LocalDate asOf, @Nullable Instant knownAt, long total, int limit, int offset,
                     WinProbability.ModelSummary trainedOn, List<OpenDeal> deals) {
    }

    @GetMapping("/api/analytics/win-probabilities")
    @Operation(summary = "The open deals with their learned chances of winning",
            description = "The deals open at the end of asOf (default: today), as known at knownAt (default: now), "
                    + "that the filters select and the caller may see, in the order of their expected close dates, a "
                    + "page at a time: each with the probability it carries and its learned chance, from the model "
                    + "of GET /api/opportunities/{id}/win-probability (today's stored one, or one fitted on what was "
                    + "known by asOf). 409 nothing-learnt when no deal had closed by then.")
    OpenDeals getWinProbabilities(@Valid @ParameterObject DealFilterParameters selection,
                                  @Parameter(description = "As the deals stood at the end of this business day")
                                  @RequestParam(required = false) LocalDate asOf,
                                  @Parameter(description = "As the system knew them at this time")
                                  @RequestParam(required = false) Instant knownAt,
                                  @Parameter(description = "How many deals, at most")
                                  @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit,
                                  @Parameter(description = "How many deals to skip")
                                  @RequestParam(defaultValue = "0") @Min(0) int offset,
                                  Authentication user) {
        Moment moment = Moment.of(asOf, knownAt, calendar.today(), clock.instant());
        LocalDate day = moment.day(calendar.today());
        DealFilter filter = selection.resolve(salesTeams.current(), readAccess.visibility(user));
        Page page = openDeals(moment, day, filter, limit, offset);
        Served served = served(day, knownAt);
        List<OpenDeal> deals = histories.of(page.ids()).stream().map(deal -> deal.knownAt(knownAt))
                .map(deal -> open(deal, day, served.model())).flatMap(Optional::stream).toList();
        return new OpenDeals(day, knownAt, page.total(), limit, offset,
                WinProbability.ModelSummary.of(served.model(), served.stored()), deals);
    }

    /** A stored model, for the list of models. */
    @Schema(name = "WinModel")
    record ModelView(long version, Instant fittedAt, Occasion occasion, String fittedBy, LocalDate cutoff,
                     LocalDate trainedFrom, long deals, long won, BigDecimal winShare, long points, long stalePoints,
                     long longestCycle, long closedDealsSeen, String method, String description, ModelChoice choice) {

        static ModelView of(Stored stored) {
            LearnedModel model = stored.model();
            return new ModelView(stored.version(), stored.fittedAt(), stored.occasion(), stored.fittedBy(),
                    model.cutoff(), model.trainedFrom(), model.deals(), model.won(),
                    Reliability.fraction(model.baseRate()), model.points(), model.stalePoints(), model.longestCycle(),
                    stored.closedDealsSeen(), model.method(), model.description(), model.choice());
        }
    }

    @GetMapping("/api/analytics/win-models")
    @Operation(summary = "The models the learned win probability came from, the latest first",
            description = "Every fit is kept, with what it was trained on (the cutoff: the deals closed before it, "
                    + "and their weekly snapshots), why and by whom it was fitted, the way of predicting the folds "
                    + "chose and their scores: an answer's trainedOn.version names the model it came from.")
    List<ModelView> getWinModels(@Parameter(description = "How many models, the latest first")
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit) {
        return models.history(limit).stream().map(ModelView::of).toList();
    }

    @PostMapping("/api/admin/win-models")
    @Operation(summary = "Fit the learned win probability's model again, now",
            description = "Fits the model on every deal closed so far and stores it; today's answers come from it "
                    + "at once. The model is also fitted each night (sales.learning.refit-cron) and as soon as "
                    + "sales.learning.refit-after-closed deals have closed since the last fit. 409 nothing-learnt "
                    + "when no deal has closed.")
    ModelView refitWinModel(Authentication user) {
        return models.refit(Occasion.ADMINISTRATOR, user.getName()).map(ModelView::of)
                .orElseThrow(() -> nothingLearnt(calendar.today()));
    }

    private record Served(LearnedModel model, @Nullable Stored stored) {
    }

    private Served served(LocalDate day, @Nullable Instant knownAt) {
        if (knownAt == null && day.equals(calendar.today())) {
            Stored stored = models.current().orElseThrow(() -> nothingLearnt(day));
            return new Served(stored.model(), stored);
        }
        return new Served(models.knownBy(day, knownAt).orElseThrow(() -> nothingLearnt(day)), null);
    }

    private static RuntimeException nothingLearnt(LocalDate day) {
        return RuleBroken.of("nothing-learnt", "No deal had closed by the end of " + day + ": there is nothing to "
                + "learn a chance of winning from yet.");
    }

    private Optional<OpenDeal> open(DealHistory deal, LocalDate day, LearnedModel model) {
        DealState state = deal.at(day);
        return snapshots.at(deal, day).map(snapshot -> new OpenDeal(deal.opportunityId(), state.customer(),
                state.title(), state.owner(), state.stage(), state.amount(), state.currency(),
                state.expectedCloseOn(), Reliability.fraction(snapshot.statedProbability() / 100.0),
                Reliability.fraction(model.probability(snapshot)), model.stale(snapshot)));
    }

    private record Page(List<String> ids, long total) {
    }

    /** The open deals' ids of one page, in the order of their expected close dates, and how many there are. */
    private Page openDeals(Moment moment, LocalDate day, DealFilter filter, int limit, int offset) {
        if (moment.knownAt() != null) {
            List<DealState> open = timeline.statesAsOf(day, moment.knownAt(), filter).stream()
                    .filter(state -> state.status() == OpportunityStatus.OPEN)
                    .sorted(Comparator.comparing(DealState::expectedCloseOn)
                            .thenComparing(DealState::opportunityId))
                    .toList();
            return new Page(open.stream().skip(offset).limit(limit).map(DealState::opportunityId).toList(),
                    open.size());
        }
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        String from;
        String order;
        if (moment.asOf() == null) {
            from = " FROM opportunity o WHERE o.status = 'OPEN'";
            order = "o.expected_close_on";
        } else {
            from = " FROM opportunity_interval s JOIN opportunity o ON o.opportunity_id = s.opportunity_id"
                    + " WHERE s.valid_from <= :asOf AND (s.valid_to IS NULL OR s.valid_to > :asOf)"
                    + " AND s.status = 'OPEN'";
            order = "s.expected_close_on";
            parameters.put("asOf", day);
        }
        from += filter.conditions("o");
        long total = jdbc.sql("SELECT count(*)" + from).params(parameters).query(Long.class).single();
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        List<String> ids = jdbc.sql("SELECT o.opportunity_id" + from + " ORDER BY " + order + ", o.opportunity_id"
                        + " LIMIT :limit OFFSET :offset")
                .params(parameters).query(String.class).list();
        return new Page(ids, total);
    }
}
