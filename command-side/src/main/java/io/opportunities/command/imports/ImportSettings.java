package io.opportunities.command.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * How a CRM data set is imported, under {@code sales.import}.
 *
 * @param source            the name the imported deals carry as their origin; with each deal's id in the source
 *                          it makes the deal's id here, so importing the same source twice finds the same deals
 * @param currency          the currency of the source's values (it names none)
 * @param stages            the source's open stages and the stages of the sales process they are taken as
 * @param sectorCorrections known misspellings of sectors, lower case, and their right spelling
 * @param concurrency       how many deals are stored at once
 */
@ConfigurationProperties("sales.import")
record ImportSettings(String source, String currency, Map<String, String> stages,
                      Map<String, String> sectorCorrections, Integer concurrency) {

    ImportSettings {
        source = source == null ? "crm-sales-opportunities" : source;
        currency = currency == null ? "USD" : currency;
        stages = stages == null || stages.isEmpty()
                ? Map.of(CrmDataSetReader.PROSPECTING, "IDENTIFY", CrmDataSetReader.ENGAGING, "UNDERSTAND_NEED")
                : Map.copyOf(stages);
        sectorCorrections = sectorCorrections == null ? Map.of("technolgy", "technology")
                : Map.copyOf(sectorCorrections);
        concurrency = concurrency == null ? 4 : concurrency;
        if (concurrency < 1) {
            throw new IllegalArgumentException("sales.import.concurrency must be at least 1");
        }
    }
}
