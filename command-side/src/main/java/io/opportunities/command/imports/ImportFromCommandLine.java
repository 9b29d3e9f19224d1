package io.opportunities.command.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --import=FOLDER} on the command line imports the CRM data set in that folder once the backend is up,
 * logging its progress and its report's figures, and the backend then goes on serving. The same folder again
 * stores nothing new.
 */
@Component
class ImportFromCommandLine implements ApplicationRunner {

    static final String OPTION = "import";
    /** The actor of the facts an import from the command line records. */
    static final String ACTOR = "data-import";

    private static final Logger log = LoggerFactory.getLogger(ImportFromCommandLine.class);

    private final DataImports imports;

    ImportFromCommandLine(DataImports imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> folders = arguments.getOptionValues(OPTION);
        if (folders == null) {
            return;
        }
        for (String folder : folders) {
            Path path = Path.of(folder).toAbsolutePath().normalize();
            log.info("Importing the CRM data set in {}", path);
            // told from the import's workers: one line per thousand deals, whichever worker gets there
            AtomicInteger logged = new AtomicInteger();
            ImportReport report = imports.run(CrmFiles.in(path), ACTOR, done -> {
                int thousands = done / 1000;
                int before = logged.get();
                if (thousands > before && logged.compareAndSet(before, thousands)) {
                    log.info("Import: {} deals done", done);
                }
            });
            log.info("""

                      Import {} {} ({}): {} rows read, {} deals imported, {} unchanged, {} skipped, {} rejected;
                      {} teams and {} customers registered; {} kinds of quirk met. The report: GET /api/imports/{}
                      (as an administrator). The read models catch up in the background: GET /api/admin/projections.
                    """, report.importId(), report.status().name().toLowerCase(), path,
                    report.counts().rowsRead(), report.counts().imported(), report.counts().unchanged(),
                    report.counts().skipped(), report.counts().rejected(), report.counts().teamsRegistered(),
                    report.counts().customersRegistered(), report.quirks().size(), report.importId());
            if (report.status() == ImportReport.Status.FAILED) {
                throw new IllegalStateException("The import of " + path + " failed: " + report.failure());
            }
        }
    }
}
