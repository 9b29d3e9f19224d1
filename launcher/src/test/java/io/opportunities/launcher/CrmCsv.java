package io.opportunities.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public data set, read here on its own, with no code of the backend: the tests work out what the backend must
 * answer from these rows. The files have no quoted fields, so a split on commas reads them.
 */
final class CrmCsv {

    static final Path FOLDER = Path.of("..", "datasets", "crm-sales-opportunities");

    record Deal(int line, String id, String agent, String product, String account, String stage, LocalDate engagedOn,
                LocalDate closedOn, BigDecimal closeValue) {
    }

    record Account(int line, String name, String sector) {
    }

    record Agent(int line, String name, String manager, String office) {
    }

    /** The id the backend gives an imported deal: the name-based UUID of its source and its id there. */
    static String opportunityId(String externalId) {
        return UUID.nameUUIDFromBytes(("opportunity/crm-sales-opportunities/" + externalId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String file(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four files as the import endpoint's parts. */
    static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("sales_pipeline", file("sales_pipeline.csv"));
        parts.put("accounts", file("accounts.csv"));
        parts.put("products", file("products.csv"));
        parts.put("sales_teams", file("sales_teams.csv"));
        return parts;
    }

    static List<Deal> deals() {
        List<Deal> deals = new ArrayList<>();
        List<String[]> rows = rows("sales_pipeline.csv");
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            deals.add(new Deal(i + 2, row[0], row[1], row[2], row[3], row[4], date(row[5]), date(row[6]),
                    row[7].isEmpty() ? null : new BigDecimal(row[7])));
        }
        return deals;
    }

    static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        List<String[]> rows = rows("accounts.csv");
        for (int i = 0; i < rows.size(); i++) {
            accounts.add(new Account(i + 2, rows.get(i)[0], rows.get(i)[1]));
        }
        return accounts;
    }

    static List<Agent> agents() {
        List<Agent> agents = new ArrayList<>();
        List<String[]> rows = rows("sales_teams.csv");
        for (int i = 0; i < rows.size(); i++) {
            agents.add(new Agent(i + 2, rows.get(i)[0], rows.get(i)[1], rows.get(i)[2]));
        }
        return agents;
    }

    /** The list price of each product, by the name products.csv gives it. */
    static Map<String, BigDecimal> listPrices() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        rows("products.csv").forEach(row -> prices.put(row[0], new BigDecimal(row[2])));
        return prices;
    }

    private static List<String[]> rows(String name) {
        return file(name).lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
    }

    private static LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }
}
