package io.opportunities.command.team;

import io.opportunities.api.team.RegisterSalesTeam;
import io.opportunities.api.team.SalesTeamChanged;
import io.opportunities.api.team.SalesTeamDetails;
import io.opportunities.api.team.SalesTeamRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class SalesTeamTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    static final SalesTeamDetails CENTRAL = new SalesTeamDetails("Dustin Brinkmann", "Dustin Brinkmann", "Central",
            List.of("Anna Snelling", "Cecily Lampkin"));

    AggregateTestFixture<SalesTeam> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(SalesTeam.class);
    }

    static RegisterSalesTeam register(SalesTeamDetails details) {
        return new RegisterSalesTeam("team-1", details, "adam", NOW, TODAY);
    }

    @Test
    void givenNoTeam_whenRegistered_thenRegistered() {
        fixture.givenNoPriorActivity()
                .when(register(CENTRAL))
                .expectEvents(new SalesTeamRegistered("team-1", CENTRAL, "adam", NOW, TODAY))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenATeam_whenRegisteredAgainWithTheSameFacts_thenNothingChanges() {
        fixture.given(new SalesTeamRegistered("team-1", CENTRAL, "adam", NOW, TODAY))
                .when(register(CENTRAL))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void givenATeam_whenRegisteredWithAnotherMember_thenTheChangeIsRecorded() {
        SalesTeamDetails grown = new SalesTeamDetails("Dustin Brinkmann", "Dustin Brinkmann", "Central",
                List.of("Anna Snelling", "Cecily Lampkin", "Versie Hillebrand"));
        fixture.given(new SalesTeamRegistered("team-1", CENTRAL, "adam", NOW, TODAY))
                .when(register(grown))
                .expectEvents(new SalesTeamChanged("team-1", CENTRAL, grown, "adam", NOW, TODAY))
                .expectResultMessagePayload(true);
    }
}
