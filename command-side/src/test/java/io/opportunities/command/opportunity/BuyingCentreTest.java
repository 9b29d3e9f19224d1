package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class BuyingCentreTest extends OpportunityFixtureTest {

    static final String ON = "2026-10-05";

    static StakeholderIdentified identified(String id, StakeholderRole role, InfluencerGrade grade) {
        return new StakeholderIdentified(ID, id, "Jane " + id, "CFO", role, grade, "Cut fleet costs",
                "Fuel prices", "Promotion", REP, NOW, day(ON));
    }

    static IdentifyStakeholder identify(String id, StakeholderRole role, InfluencerGrade grade) {
        return new IdentifyStakeholder(ID, null, id, "Jane " + id, "CFO", role, grade, "Cut fleet costs",
                "Fuel prices", "Promotion", REP, NOW, day(ON));
    }

    static StakeholderRemoved removed(String id) {
        return new StakeholderRemoved(ID, id, StakeholderRemoval.LEFT, "Moved to a competitor", REP, NOW, day(ON));
    }

    static CompetitorRecorded competitorRecorded(String id, String name, List<String> allies) {
        return new CompetitorRecorded(ID, id, name, "Price", "Service", allies, REP, NOW, day(ON));
    }

    static KeyPointRecorded keyPointRecorded(String id, List<KeyPointHolder> holders) {
        return new KeyPointRecorded(ID, id, "Unit cost", "Below 40 EUR per truck and month", holders, REP, NOW,
                day(ON));
    }

    @Test
    void givenOpenOpportunity_whenDecisionMakerIdentified_thenIdentified() {
        fixture.given(opened())
                .when(identify("s-1", StakeholderRole.DECISION_MAKER, null))
                .expectEvents(identified("s-1", StakeholderRole.DECISION_MAKER, null))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenOpenOpportunity_whenInfluencerIdentifiedWithoutGrade_thenRejected() {
        rejectedBy(fixture.given(opened()).when(identify("s-1", StakeholderRole.INFLUENCER, null)),
                "influencer-grade-missing");
    }

    @Test
    void givenOpenOpportunity_whenApproverIdentifiedWithAGrade_thenRejected() {
        rejectedBy(fixture.given(opened()).when(identify("s-1", StakeholderRole.APPROVER, InfluencerGrade.A)),
                "grade-only-for-influencers");
    }

    @Test
    void givenClosedOpportunity_whenStakeholderIdentified_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-10-10"))
                .when(identify("s-1", StakeholderRole.USER, null)), "opportunity-closed");
    }

    @Test
    void givenOpenOpportunity_whenStakeholderIdentifiedInTheFuture_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new IdentifyStakeholder(ID, null, "s-1", "Jane", "CFO",
                StakeholderRole.USER, null, null, null, null, REP, NOW, day("2026-12-24"))), "occurred-in-future");
    }

    @Test
    void givenStakeholder_whenAssessed_thenEveryAssessmentIsKept() {
        StakeholderAssessed first = new StakeholderAssessed(ID, "s-1", Receptivity.I, 4, 0, "Sees no gap", REP, NOW,
                day(ON));
        fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null), first)
                .when(new AssessStakeholder(ID, null, "s-1", Receptivity.T, 5, 1, "Fuel bill doubled", REP, NOW,
                        day("2026-10-06")))
                .expectEvents(new StakeholderAssessed(ID, "s-1", Receptivity.T, 5, 1, "Fuel bill doubled", REP, NOW,
                        day("2026-10-06")));
    }

    @Test
    void givenStakeholder_whenInfluenceOutOfRange_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null))
                .when(new AssessStakeholder(ID, null, "s-1", Receptivity.G, 6, 0, null, REP, NOW, day(ON))),
                "value-out-of-range");
    }

    @Test
    void givenStakeholder_whenRelationshipOutOfRange_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null))
                .when(new AssessStakeholder(ID, null, "s-1", Receptivity.G, 3, -3, null, REP, NOW, day(ON))),
                "value-out-of-range");
    }

    @Test
    void givenNoSuchStakeholder_whenAssessed_thenRejectedAsUnknown() {
        rejectedBy(fixture.given(opened())
                .when(new AssessStakeholder(ID, null, "s-9", Receptivity.G, 3, 0, null, REP, NOW, day(ON))),
                "unknown-stakeholder");
    }

    @Test
    void givenRemovedStakeholder_whenAssessed_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null), removed("s-1"))
                .when(new AssessStakeholder(ID, null, "s-1", Receptivity.G, 3, 0, null, REP, NOW, day(ON))),
                "stakeholder-removed");
    }

    @Test
    void givenStakeholder_whenRemoved_thenRemovedWithReason() {
        fixture.given(opened(), identified("s-1", StakeholderRole.USER, null))
                .when(new RemoveStakeholder(ID, null, "s-1", StakeholderRemoval.LEFT, "Moved to a competitor", REP,
                        NOW, day(ON)))
                .expectEvents(removed("s-1"));
    }

    @Test
    void givenRemovedStakeholder_whenRemovedAgain_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null), removed("s-1"))
                .when(new RemoveStakeholder(ID, null, "s-1", StakeholderRemoval.NO_LONGER_INVOLVED, "again", REP,
                        NOW, day(ON))), "stakeholder-removed");
    }

    @Test
    void givenStakeholder_whenCompetitorRecordedWithThemAsAlly_thenRecorded() {
        fixture.given(opened(), identified("s-1", StakeholderRole.INFLUENCER, InfluencerGrade.B))
                .when(new RecordCompetitor(ID, null, "c-1", "Initech", "Price", "Service", List.of("s-1"), REP, NOW,
                        day(ON)))
                .expectEvents(competitorRecorded("c-1", "Initech", List.of("s-1")));
    }

    @Test
    void givenCompetitor_whenRecordedAgainUnderTheSameName_thenRejected() {
        rejectedBy(fixture.given(opened(), competitorRecorded("c-1", "Initech", List.of()))
                .when(new RecordCompetitor(ID, null, "c-2", " initech ", null, null, List.of(), REP, NOW, day(ON))),
                "competitor-already-recorded");
    }

    @Test
    void givenOpenOpportunity_whenCompetitorAllyUnknown_thenRejected() {
        rejectedBy(fixture.given(opened())
                .when(new RecordCompetitor(ID, null, "c-1", "Initech", null, null, List.of("s-9"), REP, NOW,
                        day(ON))), "unknown-stakeholder");
    }

    @Test
    void givenStakeholders_whenKeyPointRecordedWithPushAndBlock_thenRecorded() {
        List<KeyPointHolder> holders = List.of(new KeyPointHolder("s-1", Stance.BLOCK, 5, "Budget is fixed"),
                new KeyPointHolder("s-2", Stance.PUSH, 2, "Wants the cheapest"));
        fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null),
                        identified("s-2", StakeholderRole.USER, null))
                .when(new RecordKeyPoint(ID, null, "k-1", "Unit cost", "Below 40 EUR per truck and month", holders,
                        REP, NOW, day(ON)))
                .expectEvents(keyPointRecorded("k-1", holders));
    }

    @Test
    void givenStakeholder_whenBlockWithoutBottomLine_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null))
                .when(new RecordKeyPoint(ID, null, "k-1", "Unit cost", " ",
                        List.of(new KeyPointHolder("s-1", Stance.BLOCK, 5, null)), REP, NOW, day(ON))),
                "block-needs-bottom-line");
    }

    @Test
    void givenStakeholder_whenNamedTwiceOnAKeyPoint_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null))
                .when(new RecordKeyPoint(ID, null, "k-1", "Unit cost", "40 EUR",
                        List.of(new KeyPointHolder("s-1", Stance.BLOCK, 5, null),
                                new KeyPointHolder("s-1", Stance.PUSH, 3, null)), REP, NOW, day(ON))),
                "stakeholder-named-twice");
    }

    @Test
    void givenRemovedStakeholder_whenHoldingAKeyPoint_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null), removed("s-1"))
                .when(new RecordKeyPoint(ID, null, "k-1", "Service", null,
                        List.of(new KeyPointHolder("s-1", Stance.PUSH, 3, null)), REP, NOW, day(ON))),
                "stakeholder-removed");
    }

    @Test
    void givenKeyPointAndCompetitor_whenRated_thenRatedForUsAndThem() {
        fixture.given(opened(), competitorRecorded("c-1", "Initech", List.of()), keyPointRecorded("k-1", List.of()))
                .when(new RateKeyPoint(ID, null, "k-1", Rating.GOOD, Map.of("c-1", Rating.EXCELLENT), "They are cheaper",
                        REP, NOW, day(ON)))
                .expectEvents(new KeyPointRated(ID, "k-1", Rating.GOOD, Map.of("c-1", Rating.EXCELLENT),
                        "They are cheaper", REP, NOW, day(ON)));
    }

    @Test
    void givenNoSuchKeyPoint_whenRated_thenRejectedAsUnknown() {
        rejectedBy(fixture.given(opened())
                .when(new RateKeyPoint(ID, null, "k-9", Rating.GOOD, Map.of(), null, REP, NOW, day(ON))),
                "unknown-key-point");
    }

    @Test
    void givenKeyPoint_whenRatedForAnUnknownCompetitor_thenRejected() {
        rejectedBy(fixture.given(opened(), keyPointRecorded("k-1", List.of()))
                .when(new RateKeyPoint(ID, null, "k-1", null, Map.of("c-9", Rating.POOR), null, REP, NOW, day(ON))),
                "unknown-competitor");
    }

    @Test
    void givenKeyPoint_whenRatedForNobody_thenRejected() {
        rejectedBy(fixture.given(opened(), keyPointRecorded("k-1", List.of()))
                .when(new RateKeyPoint(ID, null, "k-1", null, Map.of(), null, REP, NOW, day(ON))),
                "nothing-to-rate");
    }
}
