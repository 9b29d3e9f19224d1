package io.opportunities.command.imports;

import io.opportunities.command.imports.CrmDataSet.Account;
import io.opportunities.command.imports.CrmDataSet.Deal;
import io.opportunities.command.imports.CrmDataSet.Product;
import io.opportunities.command.imports.CrmDataSet.Team;
import io.opportunities.command.imports.ImportReport.RowProblem;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static io.opportunities.command.imports.CsvRows.blankToNull;
import static io.opportunities.command.imports.CsvRows.date;
import static io.opportunities.command.imports.CsvRows.decimal;
import static io.opportunities.command.imports.CsvRows.fingerprint;
import static io.opportunities.command.imports.CsvRows.integer;
import static io.opportunities.command.imports.CsvRows.line;
import static io.opportunities.command.imports.CsvRows.records;
import static io.opportunities.command.imports.CsvRows.value;

/**
 * Reads and checks the four files of a CRM data set. A row that cannot make a true history is rejected with its
 * line and the reason, and the rest goes on; a peculiarity that can be handled is handled and reported as a quirk
 * with every line it occurs on. Nothing here stores anything.
 */
final class CrmDataSetReader {

    static final String PROSPECTING = "Prospecting";
    static final String ENGAGING = "Engaging";
    static final String WON = "Won";
    static final String LOST = "Lost";
    private static final Set<String> STAGES = Set.of(PROSPECTING, ENGAGING, WON, LOST);

    private static final List<String> PIPELINE_COLUMNS = List.of("opportunity_id", "sales_agent", "product", "account",
            "deal_stage", "engage_date", "close_date", "close_value");
    private static final List<String> ACCOUNT_COLUMNS = List.of("account", "sector", "year_established", "revenue",
            "employees", "office_location", "subsidiary_of");
    private static final List<String> PRODUCT_COLUMNS = List.of("product", "series", "sales_price");
    private static final List<String> TEAM_COLUMNS = List.of("sales_agent", "manager", "regional_office");

    private final Map<String, String> sectorCorrections;
    private final LocalDate today;
    private final Quirks quirks = new Quirks();
    private final List<RowProblem> rejected = new ArrayList<>();

    /**
     * @param sectorCorrections known misspellings of sectors and their right spelling
     * @param today             no date of the data may lie after it
     */
    CrmDataSetReader(Map<String, String> sectorCorrections, LocalDate today) {
        this.sectorCorrections = Map.copyOf(sectorCorrections);
        this.today = today;
    }

    /** @throws InvalidDataSet when a file is not CSV or lacks a column: then nothing of it can be imported */
    CrmDataSet read(CrmFiles files) {
        Map<String, Product> products = products(records(CrmFiles.PRODUCTS, files.products(), PRODUCT_COLUMNS));
        List<Team> teams = new ArrayList<>();
        Map<Integer, String> teamLines = new LinkedHashMap<>();
        Map<String, Team> teamOfAgent = teams(
                records(CrmFiles.SALES_TEAMS, files.salesTeams(), TEAM_COLUMNS), teams, teamLines);
        List<Account> accounts = accounts(records(CrmFiles.ACCOUNTS, files.accounts(), ACCOUNT_COLUMNS));
        Set<String> accountNames = new HashSet<>();
        accounts.forEach(account -> accountNames.add(account.name()));
        List<Deal> deals = deals(records(CrmFiles.PIPELINE, files.pipeline(), PIPELINE_COLUMNS), products,
                teamOfAgent.keySet(), accountNames);
        Set<String> owners = new HashSet<>();
        deals.forEach(deal -> owners.add(deal.agent()));
        teamLines.forEach((line, agent) -> {
            if (!owners.contains(agent)) {
                quirks.met("agent-without-deals", CrmFiles.SALES_TEAMS,
                        "A sales agent of the teams file owns no deal in the pipeline.",
                        "Registered as a member of their team all the same.", line);
            }
        });
        LocalDate latest = deals.stream()
                .flatMap(deal -> Stream.of(deal.engagedOn(), deal.closedOn()))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(today);
        return new CrmDataSet(teams, accounts, products, deals, List.copyOf(rejected), quirks.all(), latest,
                medianWonCycle(deals));
    }

    private Map<String, Product> products(List<CSVRecord> records) {
        Map<String, Product> products = new LinkedHashMap<>();
        for (CSVRecord record : records) {
            String name = value(record, "product");
            BigDecimal price = decimal(value(record, "sales_price"));
            if (name.isEmpty() || price == null || price.signum() < 0) {
                reject(CrmFiles.PRODUCTS, record, null, "a product needs its name and a list price of 0 or more");
            } else if (products.putIfAbsent(name, new Product(name, value(record, "series"), price)) != null) {
                reject(CrmFiles.PRODUCTS, record, null, "product " + name + " is listed twice");
            }
        }
        return products;
    }

    private Map<String, Team> teams(List<CSVRecord> records, List<Team> teams, Map<Integer, String> agentLines) {
        Map<String, Team> byManager = new LinkedHashMap<>();
        Map<String, Team> teamOfAgent = new HashMap<>();
        for (CSVRecord record : records) {
            String agent = value(record, "sales_agent");
            String manager = value(record, "manager");
            if (agent.isEmpty() || manager.isEmpty()) {
                reject(CrmFiles.SALES_TEAMS, record, null, "a sales agent row names the agent and their manager");
                continue;
            }
            if (teamOfAgent.containsKey(agent)) {
                reject(CrmFiles.SALES_TEAMS, record, null, agent + " is listed twice; the first row counts");
                continue;
            }
            Team team = byManager.computeIfAbsent(manager,
                    name -> new Team(name, value(record, "regional_office"), new ArrayList<>()));
            if (!team.regionalOffice().equals(value(record, "regional_office"))) {
                reject(CrmFiles.SALES_TEAMS, record, null, "manager " + manager + " works from "
                        + team.regionalOffice() + " in an earlier row; an agent belongs to their manager's office");
                continue;
            }
            team.agents().add(agent);
            teamOfAgent.put(agent, team);
            agentLines.put(line(record), agent);
        }
        byManager.values().forEach(team -> teams.add(new Team(team.manager(), team.regionalOffice(),
                List.copyOf(team.agents()))));
        return teamOfAgent;
    }

    private List<Account> accounts(List<CSVRecord> records) {
        List<Account> accounts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CSVRecord record : records) {
            String name = value(record, "account");
            if (name.isEmpty()) {
                reject(CrmFiles.ACCOUNTS, record, null, "an account row needs the account's name");
                continue;
            }
            if (!names.add(name)) {
                reject(CrmFiles.ACCOUNTS, record, null, "account " + name + " is listed twice; the first row counts");
                continue;
            }
            String sector = value(record, "sector");
            String corrected = sectorCorrections.get(sector.toLowerCase(Locale.ROOT));
            if (corrected != null) {
                quirks.met("sector-misspelt", CrmFiles.ACCOUNTS, "Sector '" + sector + "' is a misspelling of '"
                        + corrected + "'.", "Registered under '" + corrected + "'.", line(record));
                sector = corrected;
            }
            accounts.add(new Account(line(record), name, sector.isEmpty() ? null : sector,
                    integer(value(record, "year_established")), decimal(value(record, "revenue")),
                    integer(value(record, "employees")), blankToNull(value(record, "office_location")),
                    blankToNull(value(record, "subsidiary_of"))));
        }
        return accounts;
    }

    private List<Deal> deals(List<CSVRecord> records, Map<String, Product> products, Set<String> agents,
                             Set<String> accounts) {
        Map<String, String> productsBySpelling = new HashMap<>();
        products.keySet().forEach(name -> productsBySpelling.put(spelling(name), name));
        List<Deal> deals = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord record : records) {
            String id = value(record, "opportunity_id");
            String problem = problemOf(record, ids);
            if (problem != null) {
                reject(CrmFiles.PIPELINE, record, id.isEmpty() ? null : id, problem);
                continue;
            }
            String product = value(record, "product");
            if (!products.containsKey(product)) {
                String named = productsBySpelling.get(spelling(product));
                if (named == null) {
                    reject(CrmFiles.PIPELINE, record, id, "product " + product + " is not in " + CrmFiles.PRODUCTS);
                    continue;
                }
                quirks.met("product-name-differs", CrmFiles.PIPELINE, "Product '" + product + "' is '" + named
                        + "' in " + CrmFiles.PRODUCTS + ".", "Taken as '" + named + "'.", line(record));
                product = named;
            }
            ids.add(id);
            deals.add(deal(record, id, product, agents, accounts));
        }
        return deals;
    }

    private Deal deal(CSVRecord record, String id, String product, Set<String> agents, Set<String> accounts) {
        int line = line(record);
        String stage = value(record, "deal_stage");
        String agent = value(record, "sales_agent");
        String account = blankToNull(value(record, "account"));
        LocalDate engagedOn = date(value(record, "engage_date"));
        LocalDate closedOn = date(value(record, "close_date"));
        BigDecimal value = decimal(value(record, "close_value"));
        boolean open = PROSPECTING.equals(stage) || ENGAGING.equals(stage);
        if (!agents.contains(agent)) {
            quirks.met("agent-not-in-teams", CrmFiles.PIPELINE, "The deal's sales agent is in no team of "
                    + CrmFiles.SALES_TEAMS + ".", "Imported with the agent as owner, in no team.", line);
        }
        if (account == null) {
            quirks.met("deal-without-account", CrmFiles.PIPELINE, "The deal names no account.",
                    "Imported for the customer '" + CrmImportPlan.NO_ACCOUNT + "', which has no sector.", line);
        } else if (!accounts.contains(account)) {
            quirks.met("account-not-in-accounts", CrmFiles.PIPELINE, "The deal's account is not in "
                    + CrmFiles.ACCOUNTS + ".", "Imported for that customer, which has no sector.", line);
        }
        if (PROSPECTING.equals(stage) && engagedOn == null) {
            quirks.met("prospecting-without-dates", CrmFiles.PIPELINE, "A deal in Prospecting has no dates.",
                    "Opened on the latest date of the pipeline, the day the data set stands at.", line);
        }
        if (open && (closedOn == null || value == null)) {
            quirks.met("open-without-close", CrmFiles.PIPELINE,
                    "An open deal has no close date and no close value.",
                    "Kept open at its product's list price, expected to close after the median cycle of the won "
                            + "deals.", line);
        }
        if (LOST.equals(stage) && value != null && value.signum() == 0) {
            quirks.met("lost-with-zero-value", CrmFiles.PIPELINE, "A lost deal carries close_value 0.",
                    "Not taken as the deal's value: it keeps its product's list price as its estimated value.", line);
        }
        return new Deal(line, id, agent, product, account, stage, engagedOn, open ? null : closedOn, value,
                fingerprint(record));
    }

    /** Why the row cannot make a true history, or null when it can. */
    private String problemOf(CSVRecord record, Set<String> ids) {
        if (!record.isConsistent()) {
            return "the row has " + record.size() + " fields; the header names " + PIPELINE_COLUMNS.size();
        }
        String id = value(record, "opportunity_id");
        if (id.isEmpty() || id.length() > 64) {
            return "opportunity_id is missing or longer than 64 characters";
        }
        if (ids.contains(id)) {
            return "opportunity " + id + " is listed twice; the first row counts";
        }
        if (value(record, "sales_agent").isEmpty() || value(record, "sales_agent").length() > 100) {
            return "sales_agent is missing or longer than 100 characters";
        }
        String stage = value(record, "deal_stage");
        if (!STAGES.contains(stage)) {
            return "deal_stage '" + stage + "' is none of "
                    + String.join(", ", List.of(PROSPECTING, ENGAGING, WON, LOST));
        }
        LocalDate engagedOn;
        LocalDate closedOn;
        try {
            engagedOn = date(value(record, "engage_date"));
            closedOn = date(value(record, "close_date"));
        } catch (DateTimeParseException e) {
            return "a date is not of the form 2017-03-31: '" + e.getParsedString() + "'";
        }
        String value = value(record, "close_value");
        BigDecimal closeValue = decimal(value);
        if (!value.isEmpty() && (closeValue == null || closeValue.signum() < 0 || closeValue.scale() > 3
                || closeValue.precision() - closeValue.scale() > 15)) {
            return "close_value '" + value + "' is not an amount of 0 or more";
        }
        if ((engagedOn != null && engagedOn.isAfter(today)) || (closedOn != null && closedOn.isAfter(today))) {
            return "a date lies after today, " + today;
        }
        boolean closed = WON.equals(stage) || LOST.equals(stage);
        if (!PROSPECTING.equals(stage) && engagedOn == null) {
            return "a deal in " + stage + " needs the date it was engaged (engage_date)";
        }
        if (closed && closedOn == null) {
            return "a " + stage.toLowerCase(Locale.ROOT) + " deal needs its close_date";
        }
        if (closed && closedOn.isBefore(engagedOn)) {
            return "the deal closed on " + closedOn + ", before it was engaged on " + engagedOn;
        }
        if (WON.equals(stage) && closeValue == null) {
            return "a won deal needs its close_value";
        }
        return null;
    }

    private static int medianWonCycle(List<Deal> deals) {
        List<Long> days = deals.stream().filter(Deal::won)
                .map(deal -> ChronoUnit.DAYS.between(deal.engagedOn(), deal.closedOn()))
                .sorted()
                .toList();
        return days.isEmpty() ? 0 : days.get((days.size() - 1) / 2).intValue();
    }

    private void reject(String file, CSVRecord record, String externalId, String reason) {
        rejected.add(new RowProblem(file, line(record), externalId, reason));
    }

    /** How a product name is spelt apart from spaces and case: GTXPro and GTX Pro are the same product. */
    private static String spelling(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
