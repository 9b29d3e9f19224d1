package io.opportunities.command.imports;

import io.opportunities.api.CommandRejection;
import io.opportunities.api.opportunity.ImportOpportunityHistory;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.command.imports.CrmImportPlan.PlannedDeal;
import io.opportunities.command.imports.ImportReport.Counts;
import io.opportunities.command.imports.ImportReport.Progress;
import io.opportunities.command.imports.ImportReport.RowProblem;
import io.opportunities.command.imports.ImportReport.Status;
import io.opportunities.command.web.CommandStamp;
import io.opportunities.command.web.CommandStamps;
import io.opportunities.platform.messaging.MessageKeys;
import io.opportunities.platform.security.Actor;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.IdGenerator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Imports a CRM data set: checks it whole first (a file that cannot be read stops it before anything is stored),
 * then registers the teams and the customers, then imports every deal's history through the opportunity's own
 * command, several at once, keeping the report and the progress as it goes. Every deal's id comes from its origin,
 * so importing the same data again stores nothing new.
 */
@Component
class DataImports {

    private static final Logger log = LoggerFactory.getLogger(DataImports.class);
    /** Rejections that mean "kept from an earlier import": the row is skipped, not bad. */
    private static final Set<String> SKIPPED = Set.of("changed-in-source", "not-an-imported-deal");
    private static final int PROGRESS_EVERY = 100;

    private final CommandGateway commands;
    private final ImportStore store;
    private final CrmImportPlan plan;
    private final ImportSettings settings;
    private final CommandStamps stamps;
    private final IdGenerator ids;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "data-import");
        thread.setDaemon(true);
        return thread;
    });

    DataImports(CommandGateway commands, ImportStore store, ImportSettings settings, SalesProcess process,
                CommandStamps stamps, IdGenerator ids, Clock clock, PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.store = store;
        this.settings = settings;
        this.plan = new CrmImportPlan(settings, process);
        this.stamps = stamps;
        this.ids = ids;
        this.clock = clock;
    }

    /** A data set read, checked and planned, and the import that will store it. */
    private record Prepared(ImportReport started, CrmDataSet data, CommandStamp stamp) {
    }

    /**
     * Checks the files, records the import and starts it in the background; answers at once with the report so far.
     *
     * @throws InvalidDataSet when a file cannot be read at all; nothing is stored then
     */
    ImportReport start(CrmFiles files, String actor) {
        return start(files, actor, importId -> { });
    }

    /**
     * The same, telling {@code keepImportId} the import's id in the transaction that records the import (so that an
     * Idempotency-Key kept with it is there exactly when the import is); when it throws, nothing is recorded and
     * nothing starts.
     */
    ImportReport start(CrmFiles files, String actor, Consumer<String> keepImportId) {
        Prepared prepared = prepare(files, actor);
        recordStarted(prepared, keepImportId);
        jobs.submit(() -> execute(prepared, done -> { }));
        return prepared.started();
    }

    /** Runs an import to its end in the calling thread, telling {@code progress} how many deals are done. */
    ImportReport run(CrmFiles files, String actor, IntConsumer progress) {
        Prepared prepared = prepare(files, actor);
        recordStarted(prepared, importId -> { });
        return execute(prepared, progress);
    }

    Optional<ImportReport> find(String importId) {
        return store.find(importId);
    }

    List<ImportReport> recent(int limit) {
        return store.recent(limit);
    }

    private Prepared prepare(CrmFiles files, String actor) {
        CommandStamp stamp = stamps.stamp(actor, null);
        LocalDate today = stamp.occurredOn();
        CrmDataSet data = new CrmDataSetReader(settings.sectorCorrections(), today).read(files);
        ImportReport started = new ImportReport(ids.generateId().toString(), settings.source(), Status.RUNNING,
                actor, stamp.recordedAt(), null, Progress.of(data.deals().size(), 0), null, data.quirks(),
                plan.assumptions(data), data.rejected(), List.of(), null);
        return new Prepared(started, data, stamp);
    }

    private void recordStarted(Prepared prepared, Consumer<String> keepImportId) {
        ImportReport started = prepared.started();
        transactions.executeWithoutResult(status -> {
            store.started(started);
            keepImportId.accept(started.importId());
        });
        log.info("Import {} of {} started by {}: {} deals, {} rows rejected, {} kinds of quirk", started.importId(),
                settings.source(), started.startedBy(), prepared.data().deals().size(), started.rejected().size(),
                started.quirks().size());
    }

    private ImportReport execute(Prepared prepared, IntConsumer progress) {
        ImportReport started = prepared.started();
        Tally tally = new Tally();
        String failure = null;
        try {
            plan.teams(prepared.data(), prepared.stamp()).forEach(team ->
                    tally.team(Boolean.TRUE.equals(sendAndWait(team, started.importId()))));
            plan.customers(prepared.data(), prepared.stamp()).forEach(customer ->
                    tally.customer(Boolean.TRUE.equals(sendAndWait(customer, started.importId()))));
            importDeals(started.importId(), plan.deals(prepared.data(), prepared.stamp()), tally, progress);
        } catch (RuntimeException e) {
            log.error("Import {} failed", started.importId(), e);
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        List<RowProblem> rejected = new ArrayList<>(started.rejected());
        rejected.addAll(tally.rejected);
        rejected.sort(Comparator.comparing(RowProblem::file).thenComparingInt(RowProblem::line));
        List<RowProblem> skipped = tally.skipped.stream().sorted(Comparator.comparingInt(RowProblem::line)).toList();
        ImportReport finished = new ImportReport(started.importId(), started.source(),
                failure == null ? Status.COMPLETED : Status.FAILED, started.startedBy(), started.startedAt(),
                clock.instant(), Progress.of(started.progress().dealsTotal(), tally.done.get()),
                new Counts(prepared.data().deals().size() + (int) started.rejected().stream()
                        .filter(row -> row.file().equals(CrmFiles.PIPELINE)).count(),
                        tally.imported.get(), tally.unchanged.get(), skipped.size(), rejected.size(),
                        tally.teamsRegistered.get(), tally.teamsUnchanged.get(), tally.customersRegistered.get(),
                        tally.customersUnchanged.get()),
                started.quirks(), started.assumptions(), rejected, skipped, failure);
        store.finished(finished);
        log.info("Import {} {}: {} deals imported, {} unchanged, {} skipped, {} rows rejected", finished.importId(),
                finished.status().name().toLowerCase(), tally.imported.get(), tally.unchanged.get(), skipped.size(),
                rejected.size());
        return finished;
    }

    /** Sends the deals' commands, {@code concurrency} at a time; stops at the first failure that is no rejection. */
    private void importDeals(String importId, List<PlannedDeal> deals, Tally tally, IntConsumer progress) {
        ExecutorService workers = Executors.newFixedThreadPool(settings.concurrency());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (PlannedDeal deal : deals) {
                sent.add(workers.submit(() -> {
                    if (failure.get() != null) {
                        return;
                    }
                    try {
                        tally.deal(send(deal.command(), importId));
                    } catch (CommandExecutionException e) {
                        if (!tally.rejected(deal, e)) {
                            failure.compareAndSet(null, e);
                            return;
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                    int done = tally.done.incrementAndGet();
                    if (done % PROGRESS_EVERY == 0 || done == deals.size()) {
                        store.progressed(importId, done);
                        progress.accept(done);
                    }
                }));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /**
     * Another import may store the same deal at the same moment (its first event then meets a duplicate key): then it
     * is there, and sending again says so.
     */
    private ImportOpportunityHistory.Result send(ImportOpportunityHistory command, String importId) {
        try {
            return sendAndWait(command, importId);
        } catch (ConcurrencyException | AggregateStreamCreationException storedMeanwhile) {
            return sendAndWait(command, importId);
        }
    }

    /**
     * Every event of one import shares its id as correlation id. An import is an administrator's act (its route is
     * for administrators only, the command line is the operator's), and its commands say so: they run in the
     * import's own threads, where no request's user is known.
     */
    private <R> R sendAndWait(Object command, String importId) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                MessageKeys.CORRELATION_ID, importId, MessageKeys.ACTOR_ROLES, Actor.ADMIN)));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        jobs.shutdownNow();
        jobs.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** What became of the rows, counted from the workers' threads. */
    private static final class Tally {
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger imported = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger teamsRegistered = new AtomicInteger();
        final AtomicInteger teamsUnchanged = new AtomicInteger();
        final AtomicInteger customersRegistered = new AtomicInteger();
        final AtomicInteger customersUnchanged = new AtomicInteger();
        final ConcurrentLinkedQueue<RowProblem> rejected = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<RowProblem> skipped = new ConcurrentLinkedQueue<>();

        void team(boolean registered) {
            (registered ? teamsRegistered : teamsUnchanged).incrementAndGet();
        }

        void customer(boolean registered) {
            (registered ? customersRegistered : customersUnchanged).incrementAndGet();
        }

        void deal(ImportOpportunityHistory.Result result) {
            (result == ImportOpportunityHistory.Result.IMPORTED ? imported : unchanged).incrementAndGet();
        }

        /** Counts a deal the opportunity refused; false when the failure is not a refusal but a fault. */
        boolean rejected(PlannedDeal deal, CommandExecutionException exception) {
            String rule = exception.<CommandRejection>getDetails().map(CommandRejection::rule).orElse(null);
            if (rule == null) {
                return false;
            }
            RowProblem problem = new RowProblem(CrmFiles.PIPELINE, deal.row().line(), deal.row().externalId(),
                    exception.getMessage() + " (" + rule + ")");
            (SKIPPED.contains(rule) ? skipped : rejected).add(problem);
            return true;
        }
    }
}
