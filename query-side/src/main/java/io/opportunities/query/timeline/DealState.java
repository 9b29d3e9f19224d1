package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.CertaintyLadder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One deal as its timeline entries leave it: fold the entries up to a business date and a recording time to get the
 * deal as it was then, as known then. The entries are applied in the order of the deal's stream, the order in which
 * the deal's rules accepted them.
 */
public final class DealState {

    private final String opportunityId;
    private final String owner;
    private final String customer;
    private final String title;
    private final String product;
    private long version = -1;
    private boolean opened;
    private String stage;
    private LocalDate stageEnteredOn;
    private OpportunityStatus status;
    private BigDecimal amount;
    private String currency;
    private LocalDate expectedCloseOn;
    private int certainty;
    private Integer certaintyOverride;
    private String certaintyOverrideReason;
    private boolean qualified;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private BigDecimal wonAmount;
    private String wonCurrency;
    private final Map<String, LocalDate> pendingNextSteps = new HashMap<>();
    private final Map<String, List<String>> buyingActionsByType = new HashMap<>();

    public DealState(String opportunityId, String owner, String customer, String title, String product) {
        this.opportunityId = opportunityId;
        this.owner = owner;
        this.customer = customer;
        this.title = title;
        this.product = product;
    }

    /**
     * Applies the next entry. Left out by a business date, an entry may be missing whose follower is not (a next
     * step's outcome dated before its agreement): the follower then changes nothing it cannot find.
     */
    public void apply(TimelineEntry entry) {
        version = entry.version();
        switch (entry.change()) {
            case OPENED -> {
                opened = true;
                openedOn = entry.occurredOn();
                enter(entry.stage(), entry.occurredOn());
                status = OpportunityStatus.OPEN;
                amount = entry.amount();
                currency = entry.currency();
                expectedCloseOn = entry.expectedCloseOn();
                certainty = entry.certainty();
            }
            case QUALIFIED -> qualified = true;
            case BUYING_ACTION_RECORDED -> buyingActionsByType
                    .computeIfAbsent(entry.buyingActionType(), type -> new ArrayList<>()).add(entry.itemId());
            case STAGE_ADVANCED, STAGE_MOVED_BACK -> enter(entry.stage(), entry.occurredOn());
            case VALUE_REVISED -> {
                amount = entry.amount();
                currency = entry.currency();
            }
            case CLOSE_DATE_MOVED -> expectedCloseOn = entry.expectedCloseOn();
            case WON -> {
                close(OpportunityStatus.WON, entry.occurredOn());
                wonAmount = entry.amount();
                wonCurrency = entry.currency();
            }
            case LOST, WITHDRAWN -> close(entry.status(), entry.occurredOn());
            case REOPENED -> {
                status = OpportunityStatus.OPEN;
                closedOn = null;
                wonAmount = null;
                wonCurrency = null;
            }
            case CERTAINTY_CHANGED -> certainty = entry.certainty();
            case CERTAINTY_OVERRIDDEN -> {
                certaintyOverride = entry.certainty();
                certaintyOverrideReason = entry.reason();
            }
            case CERTAINTY_OVERRIDE_REMOVED -> {
                certaintyOverride = null;
                certaintyOverrideReason = null;
            }
            case NEXT_STEP_AGREED -> pendingNextSteps.put(entry.itemId(), entry.dueOn());
            case NEXT_STEP_RESCHEDULED -> pendingNextSteps.computeIfPresent(entry.itemId(), (id, due) -> entry.dueOn());
            case NEXT_STEP_SETTLED -> pendingNextSteps.remove(entry.itemId());
        }
    }

    /** Sets the closing certainty the ladder gives the buying actions applied, in place of the one events stated. */
    public void certaintyFromLadder(CertaintyLadder ladder) {
        certainty = ladder.standing(buyingActionsByType).certainty();
    }

    private void enter(String newStage, LocalDate on) {
        stage = newStage;
        stageEnteredOn = on;
    }

    private void close(OpportunityStatus outcome, LocalDate on) {
        status = outcome;
        closedOn = on;
    }

    /** Whether the deal had been opened: a deal opened later has no state yet. */
    public boolean opened() {
        return opened;
    }

    public int probability() {
        return status.probability(certaintyOverride != null ? certaintyOverride : certainty);
    }

    /** The due date of the pending next step due first. */
    public LocalDate nextStepDueOn() {
        return pendingNextSteps.values().stream().min(LocalDate::compareTo).orElse(null);
    }

    public String opportunityId() {
        return opportunityId;
    }

    public String owner() {
        return owner;
    }

    public String customer() {
        return customer;
    }

    public String title() {
        return title;
    }

    public String product() {
        return product;
    }

    public long version() {
        return version;
    }

    public String stage() {
        return stage;
    }

    public LocalDate stageEnteredOn() {
        return stageEnteredOn;
    }

    public OpportunityStatus status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate expectedCloseOn() {
        return expectedCloseOn;
    }

    public int certainty() {
        return certainty;
    }

    public Integer certaintyOverride() {
        return certaintyOverride;
    }

    public String certaintyOverrideReason() {
        return certaintyOverrideReason;
    }

    public boolean qualified() {
        return qualified;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public BigDecimal wonAmount() {
        return wonAmount;
    }

    public String wonCurrency() {
        return wonCurrency;
    }
}
