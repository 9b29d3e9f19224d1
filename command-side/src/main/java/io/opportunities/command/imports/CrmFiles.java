package io.opportunities.command.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The four files of a data set in the format of the public CRM sales-opportunities data set: the pipeline (one
 * deal a row), the customer accounts, the products with their list prices, and the sales teams.
 */
record CrmFiles(String pipeline, String accounts, String products, String salesTeams) {

    static final String PIPELINE = "sales_pipeline.csv";
    static final String ACCOUNTS = "accounts.csv";
    static final String PRODUCTS = "products.csv";
    static final String SALES_TEAMS = "sales_teams.csv";

    /** Reads the four files, by their data set's names, from one folder. */
    static CrmFiles in(Path folder) {
        return new CrmFiles(read(folder.resolve(PIPELINE)), read(folder.resolve(ACCOUNTS)),
                read(folder.resolve(PRODUCTS)), read(folder.resolve(SALES_TEAMS)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
