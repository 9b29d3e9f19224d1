package io.opportunities.query.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

@Embeddable
class NextStepItem {

    static final String PENDING = "PENDING";

    @Column(name = "next_step_id")
    String nextStepId;
    String description;
    String goal;
    @Column(name = "due_on")
    LocalDate dueOn;
    @Column(name = "customer_owner")
    String customerOwner;
    /** PENDING until an outcome is recorded, then DONE or MISSED; a rescheduled step stays PENDING. */
    String status;
    String result;
    @Column(name = "agreed_on")
    LocalDate agreedOn;
    @Column(name = "settled_on")
    LocalDate settledOn;

    protected NextStepItem() {
    }

    NextStepItem(String nextStepId, String description, String goal, LocalDate dueOn, String customerOwner,
                 LocalDate agreedOn) {
        this.nextStepId = nextStepId;
        this.description = description;
        this.goal = goal;
        this.dueOn = dueOn;
        this.customerOwner = customerOwner;
        this.status = PENDING;
        this.agreedOn = agreedOn;
    }

    boolean pending() {
        return PENDING.equals(status);
    }
}
