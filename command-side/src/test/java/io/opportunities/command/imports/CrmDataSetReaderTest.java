package io.opportunities.command.imports;

import io.opportunities.command.imports.ImportReport.Quirk;
import io.opportunities.command.imports.ImportReport.RowProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files of a CRM data set read and checked row by row, with the line of every rejection and quirk. */
class CrmDataSetReaderTest {

    static final String PRODUCTS = "product,series,sales_price\nGTX Pro,GTX,4821\nMG Special,MG,55\n";
    static final String TEAMS = """
            sales_agent,manager,regional_office
            Moses Frase,Dustin Brinkmann,Central
            Darcel Schlecht,Melvin Marxen,Central
            Idle Agent,Melvin Marxen,Central
            """;
    static final String ACCOUNTS = """
            account,sector,year_established,revenue,employees,office_location,subsidiary_of
            Acme Corporation,technolgy,1996,1100.04,2822,United States,
            Isdom,medical,2002,3178.24,4540,United States,Acme Corporation
            """;
    static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value";

    static CrmDataSet read(String pipeline) {
        return new CrmDataSetReader(Map.of("technolgy", "technology"), LocalDate.parse("2026-12-01"))
                .read(new CrmFiles(pipeline, ACCOUNTS, PRODUCTS, TEAMS));
    }

    @Test
    void goodRowsAreReadAndTheirQuirksNamedByLine() {
        CrmDataSet data = read(String.join("\n", HEADER,
                "A1,Moses Frase,GTXPro,Isdom,Won,2016-10-20,2017-03-01,4500",        // 2: product spelt apart
                "A2,Darcel Schlecht,MG Special,,Engaging,2016-11-01,,",              // 3: no account, open
                "A3,Darcel Schlecht,MG Special,Acme Corporation,Lost,2016-11-02,2016-12-02,0", // 4: lost at 0
                "",                                                                  // 5: an empty line
                "A4,Moses Frase,MG Special,,Prospecting,,,",                         // 6: no dates
                "A5,Someone Else,GTX Pro,Globex,Won,2016-10-20,2016-12-19,4800"));   // 7: no team, no account row

        assertThat(data.rejected()).isEmpty();
        assertThat(data.deals()).extracting(CrmDataSet.Deal::line).containsExactly(2, 3, 4, 6, 7);
        assertThat(data.deals().get(0).product()).isEqualTo("GTX Pro");
        assertThat(lines(data, "product-name-differs")).containsExactly(2);
        assertThat(lines(data, "deal-without-account")).containsExactly(3, 6);
        assertThat(lines(data, "open-without-close")).containsExactly(3, 6);
        assertThat(lines(data, "lost-with-zero-value")).containsExactly(4);
        assertThat(lines(data, "prospecting-without-dates")).containsExactly(6);
        assertThat(lines(data, "agent-not-in-teams")).containsExactly(7);
        assertThat(lines(data, "account-not-in-accounts")).containsExactly(7);
        assertThat(lines(data, "agent-without-deals")).containsExactly(4);
        assertThat(lines(data, "sector-misspelt")).containsExactly(2);
        assertThat(data.accounts().get(0).sector()).isEqualTo("technology");
        assertThat(data.accounts().get(1).subsidiaryOf()).isEqualTo("Acme Corporation");
        assertThat(data.latestDate()).isEqualTo(LocalDate.parse("2017-03-01"));
        // won cycles 132 and 60 days: the lower middle of two
        assertThat(data.medianWonCycleDays()).isEqualTo(60);
        assertThat(data.teams()).extracting(CrmDataSet.Team::manager)
                .containsExactly("Dustin Brinkmann", "Melvin Marxen");
        assertThat(data.teams().get(1).agents()).containsExactly("Darcel Schlecht", "Idle Agent");
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndReasonWhileTheRestIsRead() {
        CrmDataSet data = read(String.join("\n", HEADER,
                "B1,Moses Frase,GTX Pro,Isdom,Won,2017-01-10,2016-12-01,500",
                "B2,Moses Frase,GTX Pro,Isdom,Closing,2017-01-10,,",
                "B3,Moses Frase,GTX Pro,Isdom,Won,2017-13-10,2017-02-01,500",
                "B4,Moses Frase,Quantum Box,Isdom,Engaging,2017-01-10,,",
                "B5,Moses Frase,GTX Pro,Isdom,Won,2017-01-10,2017-02-01,",
                "B6,Moses Frase,GTX Pro,Isdom,Won,2017-01-10,2017-02-01,-5",
                "B7,Moses Frase,GTX Pro,Isdom,Won",
                "B8,Moses Frase,GTX Pro,Isdom,Won,2017-01-10,2027-02-01,500",
                "B9,Moses Frase,GTX Pro,Isdom,Engaging,,,",
                ",Moses Frase,GTX Pro,Isdom,Engaging,2017-01-10,,",
                "OK1,Moses Frase,GTX Pro,Isdom,Won,2017-01-10,2017-02-01,4000",
                "OK1,Moses Frase,GTX Pro,Isdom,Lost,2017-01-10,2017-02-01,0",
                "B10,Moses Frase,GTX Pro,Isdom,Lost,2017-01-10,,"));

        assertThat(data.deals()).extracting(CrmDataSet.Deal::externalId).containsExactly("OK1");
        assertThat(data.rejected()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
                tuple(2, "the deal closed on 2016-12-01, before it was engaged on 2017-01-10"),
                tuple(3, "deal_stage 'Closing' is none of Prospecting, Engaging, Won, Lost"),
                tuple(4, "a date is not of the form 2017-03-31: '2017-13-10'"),
                tuple(5, "product Quantum Box is not in products.csv"),
                tuple(6, "a won deal needs its close_value"),
                tuple(7, "close_value '-5' is not an amount of 0 or more"),
                tuple(8, "the row has 5 fields; the header names 8"),
                tuple(9, "a date lies after today, 2026-12-01"),
                tuple(10, "a deal in Engaging needs the date it was engaged (engage_date)"),
                tuple(11, "opportunity_id is missing or longer than 64 characters"),
                tuple(13, "opportunity OK1 is listed twice; the first row counts"),
                tuple(14, "a lost deal needs its close_date"));
        assertThat(data.rejected()).allMatch(row -> row.file().equals("sales_pipeline.csv"));
    }

    @Test
    void aFileWithoutTheColumnsOfTheFormatCannotBeRead() {
        assertThatThrownBy(() -> read("opportunity_id,sales_agent\nA1,Moses Frase\n"))
                .isInstanceOf(InvalidDataSet.class)
                .hasMessageStartingWith("sales_pipeline.csv lacks the column(s) product, account, deal_stage");
    }

    @Test
    void theSameRowHasTheSameFingerprintAndAChangedRowAnother() {
        String row = "A1,Moses Frase,GTX Pro,Isdom,Won,2016-10-20,2017-03-01,4500";
        String first = read(HEADER + "\n" + row).deals().get(0).fingerprint();
        assertThat(read(HEADER + "\n" + row + "\n").deals().get(0).fingerprint()).isEqualTo(first);
        assertThat(read(HEADER + "\n" + row.replace("4500", "4501")).deals().get(0).fingerprint()).isNotEqualTo(first);
    }

    private static List<Integer> lines(CrmDataSet data, String code) {
        return data.quirks().stream().filter(quirk -> quirk.code().equals(code)).findFirst()
                .map(Quirk::lines).orElse(List.of());
    }
}
