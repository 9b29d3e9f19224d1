package io.opportunities.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What an import did, and how far it has come: the rows it read, the deals it imported and skipped, every row it
 * rejected (with its line), every quirk of the data it met (with the lines and what it did about it), and the
 * assumptions it made where the source says nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportReport(String importId,
                    String source,
                    Status status,
                    String startedBy,
                    Instant startedAt,
                    Instant finishedAt,
                    Progress progress,
                    Counts counts,
                    List<Quirk> quirks,
                    List<String> assumptions,
                    @Schema(description = "Rows left out, with the reason: the rest of the file went on")
                    List<RowProblem> rejected,
                    @Schema(description = "Deals not imported because they were imported before")
                    List<RowProblem> skipped,
                    @Schema(description = "Why the import stopped, when it failed as a whole") String failure) {

    enum Status { RUNNING, COMPLETED, FAILED }

    /** @param dealsDone deals sent so far, of {@code dealsTotal} */
    record Progress(int dealsTotal, int dealsDone, int percent) {

        static Progress of(int total, int done) {
            return new Progress(total, done, total == 0 ? 100 : (int) (100L * done / total));
        }
    }

    /**
     * @param rowsRead  data rows read from the pipeline file
     * @param imported  deals whose history was stored by this import
     * @param unchanged deals imported before from the same row: skipped, nothing stored
     * @param skipped   deals imported before whose row has changed since: skipped, listed
     * @param rejected  rows left out as bad, listed with their reason
     */
    record Counts(int rowsRead, int imported, int unchanged, int skipped, int rejected, int teamsRegistered,
                  int teamsUnchanged, int customersRegistered, int customersUnchanged) {
    }

    /** A peculiarity of the data, where it occurs and what the import did about it. */
    record Quirk(String code, String file, String description, String action, int count, List<Integer> lines) {
    }

    /** A row of a file that the import left out or skipped. */
    record RowProblem(String file, int line, @Nullable String externalId, String reason) {
    }
}
