package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.EraseStakeholderPersonalData;
import io.opportunities.api.closingplan.StakeholderPersonalDataErased;
import io.opportunities.api.closingplan.StakeholderRole;
import org.junit.jupiter.api.Test;

import static io.opportunities.command.opportunity.BuyingCentreTest.identified;
import static io.opportunities.command.opportunity.BuyingCentreTest.removed;

/** A person's right to have their personal data erased: by the deal's owner or an administrator, open or closed. */
class PersonalDataErasureTest extends OpportunityFixtureTest {

    static EraseStakeholderPersonalData erase(String stakeholderId, String by) {
        return new EraseStakeholderPersonalData(ID, null, stakeholderId, by, NOW, day("2026-11-18"));
    }

    static StakeholderPersonalDataErased erased(String stakeholderId, String by) {
        return new StakeholderPersonalDataErased(ID, stakeholderId, by, NOW, day("2026-11-18"));
    }

    @Test
    void givenAPersonInTheBuyingCentre_whenTheOwnerErasesTheirData_thenErased() {
        fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null))
                .when(erase("s-1", REP))
                .expectEvents(erased("s-1", REP));
    }

    @Test
    void givenAPersonRemovedFromAWonDeal_whenAnAdministratorErasesTheirData_thenErased() {
        fixture.given(opened(), identified("s-1", StakeholderRole.USER, null), removed("s-1"), won("2026-11-10"))
                .when(erase("s-1", "adam"))
                .expectEvents(erased("s-1", "adam"));
    }

    @Test
    void givenAnErasedPerson_whenErasedAgain_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null), erased("s-1", REP))
                .when(erase("s-1", REP)), "personal-data-already-erased");
    }

    @Test
    void givenNoSuchPerson_whenErased_thenRejected() {
        rejectedBy(fixture.given(opened()).when(erase("s-9", REP)), "unknown-stakeholder");
    }

    @Test
    void givenRitasDeal_whenHerManagerErases_thenForbidden_andATeamMateIsToldThereIsNoSuchDeal() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null)).when(erase("s-1", "maria")),
                "not-the-owner-or-administrator");
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null)).when(erase("s-1", "sam")),
                "unknown-opportunity");
    }

    @Test
    void givenAPerson_whenErasedOnADateToCome_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null))
                .when(new EraseStakeholderPersonalData(ID, null, "s-1", REP, NOW, day("2026-12-24"))),
                "occurred-in-future");
    }
}
