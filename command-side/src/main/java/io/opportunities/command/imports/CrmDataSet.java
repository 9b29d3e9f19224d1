package io.opportunities.command.imports;

import io.opportunities.command.imports.ImportReport.Quirk;
import io.opportunities.command.imports.ImportReport.RowProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A data set as read and checked, before anything is stored: the rows that are good enough to import, the rows
 * rejected with their line and reason, and the quirks met on the way.
 *
 * @param latestDate         the latest date in the pipeline: the day the data set stands at, as far as it says
 * @param medianWonCycleDays the median days from engagement to a win: the expected cycle of a deal still open
 */
record CrmDataSet(List<Team> teams, List<Account> accounts, Map<String, Product> products, List<Deal> deals,
                  List<RowProblem> rejected, List<Quirk> quirks, LocalDate latestDate, int medianWonCycleDays) {

    record Team(String manager, String regionalOffice, List<String> agents) {
    }

    record Account(int line, String name, String sector, Integer yearEstablished, BigDecimal revenueMillions,
                   Integer employees, String officeLocation, String subsidiaryOf) {
    }

    record Product(String name, String series, BigDecimal listPrice) {
    }

    /**
     * A deal row, checked: its stage as the source names it, the product as products.csv names it, the account or
     * null, the dates and value as far as the source gives them, and the fingerprint of the row as it was read.
     */
    record Deal(int line, String externalId, String agent, String product, String account, String stage,
                LocalDate engagedOn, LocalDate closedOn, BigDecimal closeValue, String fingerprint) {

        boolean won() {
            return CrmDataSetReader.WON.equals(stage);
        }

        boolean lost() {
            return CrmDataSetReader.LOST.equals(stage);
        }
    }
}
