package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.opportunity.OpportunityViews.OpportunitySummary;
import io.opportunities.query.timeline.DealState;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The opportunity list as of a moment: the deals folded from their timelines, filtered, sorted and paged like the
 * live list, in the same shape.
 */
final class OpportunityAsOfList {

    /** The live list's sort properties, read off a deal's state; the version stands in for lastRecordedAt. */
    private static final Map<String, Function<DealState, Comparable<?>>> KEYS = Map.of(
            "expectedCloseOn", DealState::expectedCloseOn,
            "estimatedAmount", DealState::amount,
            "probability", DealState::probability,
            "customer", DealState::customer,
            "title", DealState::title,
            "owner", DealState::owner,
            "stage", DealState::stage,
            "status", deal -> deal.status().name(),
            "openedOn", DealState::openedOn,
            "lastRecordedAt", DealState::version);

    private OpportunityAsOfList() {
    }

    static PagedModel<OpportunitySummary> page(List<DealState> deals, String stage, OpportunityStatus status,
                                               String customer, Sort sort, int page, int size, SalesProcess process,
                                               LocalDate day) {
        String customerPart = customer == null || customer.isBlank() ? null : customer.toLowerCase(Locale.ROOT);
        List<OpportunitySummary> matching = deals.stream()
                .filter(deal -> stage == null || stage.isBlank() || stage.equals(deal.stage()))
                .filter(deal -> status == null || status == deal.status())
                .filter(deal -> customerPart == null || deal.customer().toLowerCase(Locale.ROOT).contains(customerPart))
                .sorted(comparator(sort))
                .map(deal -> summary(deal, process, day))
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        List<OpportunitySummary> content = matching.subList(from, Math.min(from + size, matching.size()));
        return new PagedModel<>(new PageImpl<>(content, PageRequest.of(page, size, sort), matching.size()));
    }

    static OpportunitySummary summary(DealState deal, SalesProcess process, LocalDate day) {
        return new OpportunitySummary(deal.opportunityId(), deal.version(), deal.customer(), deal.title(),
                deal.product(), deal.owner(), OpportunityViews.stage(deal.stage(), process), deal.status(),
                Amounts.money(deal.amount(), deal.currency()), deal.expectedCloseOn(), deal.probability(),
                OpportunityViews.certainty(deal.certainty(), deal.certaintyOverride(), deal.certaintyOverrideReason()),
                OpportunityViews.daysInStage(deal.stageEnteredOn(), deal.closedOn(), day), deal.nextStepDueOn());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<DealState> comparator(Sort sort) {
        Comparator<DealState> result = null;
        for (Sort.Order order : sort) {
            Function<DealState, Comparable<?>> key = KEYS.get(order.getProperty());
            Comparator<DealState> next = key == null
                    ? Comparator.comparing(DealState::opportunityId)
                    : Comparator.comparing(deal -> (Comparable) key.apply(deal),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            if (order.isDescending()) {
                next = next.reversed();
            }
            result = result == null ? next : result.thenComparing(next);
        }
        return result;
    }
}
