package io.opportunities.query.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

@Embeddable
class BuyingActionItem {

    @Column(name = "buying_action_id")
    String buyingActionId;
    String type;
    String description;
    String evidence;
    @Column(name = "occurred_on")
    LocalDate occurredOn;
    @Column(name = "recorded_by")
    String recordedBy;

    protected BuyingActionItem() {
    }

    BuyingActionItem(String buyingActionId, String type, String description, String evidence,
                     LocalDate occurredOn, String recordedBy) {
        this.buyingActionId = buyingActionId;
        this.type = type;
        this.description = description;
        this.evidence = evidence;
        this.occurredOn = occurredOn;
        this.recordedBy = recordedBy;
    }
}
