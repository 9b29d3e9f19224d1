package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.OpportunityQualified;
import io.opportunities.api.opportunity.QualificationCriterion;
import io.opportunities.api.opportunity.QualifyOpportunity;
import org.junit.jupiter.api.Test;

class QualificationTest extends OpportunityFixtureTest {

    private static QualifyOpportunity qualify(QualificationCriterion funds) {
        return new QualifyOpportunity(ID, null, MET, MET, funds, MET, REP, NOW, OPENED_ON);
    }

    @Test
    void givenOpenOpportunity_whenEveryCriterionIsMet_thenQualified() {
        fixture.given(opened())
                .when(qualify(MET))
                .expectEvents(new OpportunityQualified(ID, MET, MET, MET, MET, REP, NOW, OPENED_ON))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenOpenOpportunity_whenFundsAreNotMet_thenRejectedNamingIt() {
        rejectedBy(fixture.given(opened()).when(qualify(new QualificationCriterion(false, "no budget yet"))),
                "qualification-criteria-not-met");
        fixture.given(opened()).when(qualify(new QualificationCriterion(false, "no budget yet")))
                .expectExceptionMessage("An opportunity is qualified only when every criterion is met; not met: "
                        + "funds. Withdraw it as disqualified if it will not be.");
    }

    @Test
    void givenWonOpportunity_whenQualified_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-10-10")).when(qualify(MET)), "opportunity-closed");
    }
}
