package io.opportunities.command.imports;

import io.opportunities.api.customer.CustomerDetails;
import io.opportunities.api.customer.RegisterCustomer;
import io.opportunities.api.opportunity.ImportOpportunityHistory;
import io.opportunities.api.opportunity.ImportOrigin;
import io.opportunities.api.opportunity.ImportedOutcome;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.opportunity.StageEntry;
import io.opportunities.api.opportunity.WarningSignal;
import io.opportunities.api.opportunity.WarningSignalType;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.team.RegisterSalesTeam;
import io.opportunities.api.team.SalesTeamDetails;
import io.opportunities.command.imports.CrmDataSet.Deal;
import io.opportunities.command.web.CommandStamp;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a checked data set into commands: a team per manager, a customer per account, and a history per deal with
 * its original dates. Where the source says nothing, the plan says what it assumes, and the report repeats it.
 */
final class CrmImportPlan {

    /** The customer of a deal that names no account. */
    static final String NO_ACCOUNT = "(no account)";

    private final ImportSettings settings;
    private final String prospecting;
    private final String engaging;

    CrmImportPlan(ImportSettings settings, SalesProcess process) {
        this.settings = settings;
        this.prospecting = stage(CrmDataSetReader.PROSPECTING, settings, process);
        this.engaging = stage(CrmDataSetReader.ENGAGING, settings, process);
    }

    private static String stage(String sourceStage, ImportSettings settings, SalesProcess process) {
        String code = settings.stages().get(sourceStage);
        if (code == null || process.stage(code).isEmpty()) {
            throw new IllegalStateException("sales.import.stages must take the source's stage " + sourceStage
                    + " as a stage of the sales process; it names " + code);
        }
        return code;
    }

    /** A deal of the source and the command that imports it. */
    record PlannedDeal(Deal row, ImportOpportunityHistory command) {
    }

    List<RegisterSalesTeam> teams(CrmDataSet data, CommandStamp stamp) {
        return data.teams().stream()
                .map(team -> new RegisterSalesTeam(id("team", team.manager()),
                        new SalesTeamDetails(team.manager(), team.manager(), team.regionalOffice(), team.agents()),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()))
                .toList();
    }

    List<RegisterCustomer> customers(CrmDataSet data, CommandStamp stamp) {
        return data.accounts().stream()
                .map(account -> new RegisterCustomer(customerId(account.name()), new CustomerDetails(account.name(),
                        account.sector(), account.yearEstablished(), account.revenueMillions(), account.employees(),
                        account.officeLocation(), account.subsidiaryOf()),
                        stamp.actor(), stamp.recordedAt(), stamp.occurredOn()))
                .toList();
    }

    List<PlannedDeal> deals(CrmDataSet data, CommandStamp stamp) {
        List<PlannedDeal> deals = new ArrayList<>();
        for (Deal deal : data.deals()) {
            LocalDate openedOn = deal.engagedOn() != null ? deal.engagedOn() : data.latestDate();
            List<StageEntry> stages = new ArrayList<>();
            stages.add(new StageEntry(prospecting, openedOn));
            if (deal.engagedOn() != null) {
                stages.add(new StageEntry(engaging, deal.engagedOn()));
            }
            ImportedOutcome outcome = null;
            if (deal.won()) {
                outcome = ImportedOutcome.won(deal.closedOn(), money(deal.closeValue()));
            } else if (deal.lost()) {
                outcome = ImportedOutcome.lost(deal.closedOn(), null, "The source records no loss reason.");
            }
            String customer = deal.account() != null ? deal.account() : NO_ACCOUNT;
            deals.add(new PlannedDeal(deal, new ImportOpportunityHistory(opportunityId(deal.externalId()),
                    new ImportOrigin(settings.source(), deal.externalId(), deal.line(), deal.fingerprint()),
                    customer, deal.product() + ", deal " + deal.externalId(), deal.product(), deal.agent(),
                    money(data.products().get(deal.product()).listPrice()),
                    openedOn.plusDays(data.medianWonCycleDays()),
                    new WarningSignal(WarningSignalType.OTHER, "Not recorded in " + settings.source()),
                    stages, outcome, stamp.actor(), stamp.recordedAt(), openedOn)));
        }
        return deals;
    }

    /** What the import takes to be so where the source says nothing. */
    List<String> assumptions(CrmDataSet data) {
        return List.of(
                "Amounts are in " + settings.currency() + ": the source names no currency.",
                "A deal opens in " + prospecting + " (" + CrmDataSetReader.PROSPECTING + ") on its engage date and "
                        + "enters " + engaging + " (" + CrmDataSetReader.ENGAGING + ") the same day: the source "
                        + "has no opening date, so its days in " + prospecting + " read 0.",
                "A deal without dates opens on " + data.latestDate() + ", the latest date of the pipeline.",
                "A deal's estimated value is its product's list price: the source has no estimate, only the "
                        + "close value of a win, which becomes the won value.",
                "A deal's expected close date is " + data.medianWonCycleDays() + " days after its opening, the "
                        + "median cycle of the won deals: the source has no expected close date.",
                "A loss carries the reason NOT_RECORDED, and a deal the warning signal OTHER: the source has "
                        + "neither.",
                "The stage moves carry no buying actions as evidence: the source vouches for them.",
                "A team is a manager's team, named after the manager, with the regional office it works from.");
    }

    private Money money(java.math.BigDecimal amount) {
        return new Money(amount, settings.currency());
    }

    /** The same deal of the same source gets the same id, whenever it is imported. */
    private String opportunityId(String externalId) {
        return id("opportunity", settings.source() + "/" + externalId);
    }

    private static String customerId(String name) {
        return id("customer", name);
    }

    private static String id(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
