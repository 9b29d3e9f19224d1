package io.opportunities.command.opportunity;

import io.opportunities.api.CommandRejection;
import io.opportunities.api.opportunity.*;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.salesprocess.AssessmentGroup;
import io.opportunities.api.salesprocess.AssessmentQuestion;
import io.opportunities.api.salesprocess.BuyerPhase;
import io.opportunities.api.salesprocess.BuyingActionType;
import io.opportunities.api.salesprocess.CertaintyLadder;
import io.opportunities.api.salesprocess.CertaintyStep;
import io.opportunities.api.salesprocess.PlanningSheetPart;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.api.salesprocess.WinningFactor;
import io.opportunities.platform.config.SalesProperties;
import io.opportunities.platform.messaging.MessageKeys;
import io.opportunities.platform.security.DealAccess;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The given/when/then fixture of the opportunity aggregate, with a small sales process of four stages, a ladder
 * of six steps and two assessment questions, and the events and commands the tests build on. Every command is recorded by rita at {@link #NOW}.
 */
abstract class OpportunityFixtureTest {

    static final String ID = "opp-1";
    static final String REP = "rita";
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate OPENED_ON = LocalDate.parse("2026-10-01");
    static final Money VALUE = Money.of("48000.00", "EUR");
    static final LocalDate EXPECTED_CLOSE = LocalDate.parse("2027-03-31");
    static final WarningSignal SIGNAL = new WarningSignal(WarningSignalType.CHANGE_IN_PEOPLE, "New CIO");
    static final QualificationCriterion MET = new QualificationCriterion(true, "confirmed by the CFO");

    static final SalesProcess PROCESS = new SalesProcess("test",
            List.of(new Stage("IDENTIFY", "Identify", BuyerPhase.NEED, 10, List.of("DECISION_MAKER_CONTACTED"), true, 14),
                    new Stage("UNDERSTAND_NEED", "Understand the need", BuyerPhase.NEED, 20,
                            List.of("KEY_INFORMATION_SHARED", "KEY_ISSUES_AGREED"), false, 21),
                    new Stage("SHAPE_VISION", "Shape the vision", BuyerPhase.VISION, 40,
                            List.of("INFLUENCERS_COMMITTED"), false, 30),
                    new Stage("NEGOTIATE", "Negotiate", BuyerPhase.AGREEMENT, 60, List.of(), false, 30)),
            List.of(type("DECISION_MAKER_CONTACTED"), type("KEY_INFORMATION_SHARED"), type("KEY_ISSUES_AGREED"),
                    type("INFLUENCERS_COMMITTED"), type("BUDGET_ALLOCATED"), type("DECISION_MAKER_AGREED")),
            new CertaintyLadder(List.of(
                    new CertaintyStep(10, "Opportunity identified", List.of(), null),
                    new CertaintyStep(20, "Decision maker contacted", List.of("DECISION_MAKER_CONTACTED"), null),
                    new CertaintyStep(30, "Key information obtained", List.of("KEY_INFORMATION_SHARED"), null),
                    new CertaintyStep(40, "Key issues agreed", List.of("KEY_ISSUES_AGREED"), null),
                    new CertaintyStep(50, "Influencers committed", List.of("INFLUENCERS_COMMITTED"), null),
                    new CertaintyStep(70, "Decision maker agreed", List.of("DECISION_MAKER_AGREED"),
                            StakeholderRole.DECISION_MAKER))),
            List.of(new AssessmentQuestion("COMPELLING_REASON", AssessmentGroup.NEED,
                            PlanningSheetPart.NEED_AND_URGENCY, "How compelling?", WinningFactor.COMPELLING_NEED),
                    new AssessmentQuestion("SOLUTION_VALUE", AssessmentGroup.SOLUTION,
                            PlanningSheetPart.SOLUTION_CRITERIA, "How valuable?", WinningFactor.VALUABLE_SOLUTION)));

    /** The team of the access rules: maria manages rita and sam; olga manages a team of her own. */
    static final DealAccess ACCESS = new DealAccess(List.of(
            new SalesProperties.Team("North", "maria", List.of("rita", "sam")),
            new SalesProperties.Team("South", "olga", List.of("pete"))));

    AggregateTestFixture<Opportunity> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Opportunity.class);
        fixture.registerInjectableResource(PROCESS);
        fixture.registerInjectableResource(ACCESS);
        fixture.registerCommandDispatchInterceptor(messages -> (index, command) ->
                command.getMetaData().containsKey(MessageKeys.ACTOR_ROLES) ? command
                        : command.andMetaData(Map.of(MessageKeys.ACTOR_ROLES, rolesOf(command.getPayload()))));
    }

    /**
     * The sender's roles as the server adds them: a user's from their authentication, an import's ADMIN (see
     * DataImports).
     */
    private static String rolesOf(Object command) {
        if (command instanceof ImportOpportunityHistory) {
            return "ADMIN";
        }
        String sender = ((OpportunityCommand) command).recordedBy();
        return switch (sender) {
            case "maria", "olga" -> "MANAGER";
            case "adam" -> "ADMIN";
            default -> "REP";
        };
    }

    /** A command as sent by a user with these roles. */
    static Map<String, Object> sentAs(String roles) {
        return Map.of(MessageKeys.ACTOR_ROLES, roles);
    }

    private static BuyingActionType type(String code) {
        return new BuyingActionType(code, code, code);
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    // events

    static OpportunityOpened opened() {
        return new OpportunityOpened(ID, "Acme", "Fleet telematics", "GTX Pro", REP, VALUE, EXPECTED_CLOSE, SIGNAL,
                "IDENTIFY", null, REP, NOW, OPENED_ON);
    }

    static OpportunityQualified qualified() {
        return new OpportunityQualified(ID, MET, MET, MET, MET, REP, NOW, OPENED_ON);
    }

    static BuyingActionRecorded buyingActionRecorded(String buyingActionId, String type, String on) {
        return new BuyingActionRecorded(ID, buyingActionId, type, "customer did " + type, "minutes", REP, NOW, day(on));
    }

    static StageAdvanced advanced(String from, String to, List<String> evidence, String on) {
        return new StageAdvanced(ID, from, to, evidence, REP, NOW, day(on));
    }

    static NextStepAgreed nextStepAgreed(String nextStepId, String due) {
        return new NextStepAgreed(ID, nextStepId, "Workshop", "Agree key issues", day(due), "Jane", REP, NOW,
                day("2026-10-05"));
    }

    static OpportunityWon won(String on) {
        return new OpportunityWon(ID, VALUE, "IDENTIFY", List.of(), REP, NOW, day(on));
    }

    // commands

    static OpenOpportunity open(LocalDate occurredOn, LocalDate expectedCloseOn) {
        return new OpenOpportunity(ID, "Acme", "Fleet telematics", "GTX Pro", REP, VALUE, expectedCloseOn, SIGNAL,
                REP, NOW, occurredOn);
    }

    static RecordBuyingAction recordBuyingAction(String buyingActionId, String type, String on) {
        return new RecordBuyingAction(ID, null, buyingActionId, type, "customer did " + type, "minutes", REP, NOW,
                day(on));
    }

    static AdvanceStage advance(String to, String on) {
        return new AdvanceStage(ID, null, to, REP, NOW, day(on));
    }

    /** The rejection's rule, as the REST layer reads it from the details of the CommandExecutionException. */
    static Matcher<Object> rule(String expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object details) {
                return details instanceof CommandRejection rejection && rejection.rule().equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection by rule ").appendValue(expected);
            }
        };
    }

    static void rejectedBy(ResultValidator<Opportunity> result, String expectedRule) {
        result.expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rule(expectedRule));
    }
}
