package io.opportunities.platform.projection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A projection handler that fails on one event must undo its own writes and nothing else, so that the event can go
 * to the dead-letter queue in the same transaction and the batch can go on. On PostgreSQL one failed statement aborts
 * the whole transaction, so that takes a savepoint around the handler (and a JPA flush before and after it, so that
 * a rollback to the savepoint undoes exactly that handler's writes). Taken for every event, that costs two round
 * trips and two flushes per event and projection, which is most of what a rebuild spends; so it is taken only where
 * a failure was met:
 * <ul>
 *     <li>a batch of a streaming processor is handled at full speed, with no savepoint: its writes are flushed
 *     together at its commit;</li>
 *     <li>a handler that fails there fails the whole batch ({@link RetryEventByEvent}: the dead-letter policy lets it
 *     through), and so does a commit that fails; either way the batch is rolled back, and the processing group
 *     remembers how far that batch went;</li>
 *     <li>the processor handles the batch again (as after any failed batch), and up to that position each handler
 *     runs in its own savepoint: the event that fails alone is undone and put aside in the dead-letter queue, the
 *     rest of the batch is kept.</li>
 * </ul>
 * Events handled outside a streaming processor's batch (a subscribing processor in the publisher's transaction, a
 * dead letter retried) always take the savepoint. Only event handlers of processing groups are wrapped, never an
 * aggregate's.
 */
public class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private final ObjectProvider<DataSource> dataSourceProvider;
    private final ObjectProvider<EntityManagerFactory> entityManagerProvider;
    /** Per processing group: the position up to which its handlers run in savepoints again, after a failed batch. */
    private final Map<String, AtomicLong> carefulThrough = new ConcurrentHashMap<>();
    private volatile Resources resources;

    private static final ThreadLocal<Boolean> AT_FULL_SPEED = new ThreadLocal<>();
    private static final String BEFORE_COMMIT = ProjectionSavepoints.class.getName() + ".beforeCommit";
    /** Per processing group, the furthest position a batch handled at full speed has reached. */
    private static final String REACHED = ProjectionSavepoints.class.getName() + ".reached/";

    public ProjectionSavepoints(ObjectProvider<DataSource> dataSource,
                                ObjectProvider<EntityManagerFactory> entityManagers) {
        this.dataSourceProvider = dataSource;
        this.entityManagerProvider = entityManagers;
    }

    /**
     * A handler failed in a batch handled without savepoints: the batch is handled again, event by event in
     * savepoints, so that only the event at fault is put aside. Never a reason to dead-letter an event.
     */
    public static final class RetryEventByEvent extends RuntimeException {
        RetryEventByEvent(String processingGroup, Throwable cause) {
            super("A handler of " + processingGroup + " failed; its batch is handled again, event by event", cause);
        }
    }

    /**
     * Runs a projection's write once before its batch commits, where the batch is handled at full speed; the same
     * key again in the batch replaces the write, so that e.g. a deal's figures are worked out once per batch, not once
     * per event. Where events are handled one by one in savepoints (after a failure, or outside a batch), it runs at
     * once, inside the handler's savepoint, so that a write that fails is that event's alone.
     */
    public static void beforeCommit(String key, Runnable write) {
        if (!atFullSpeed()) {
            write.run();
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Map<String, Runnable>>getOrComputeResource(BEFORE_COMMIT, name -> {
            Map<String, Runnable> writes = new LinkedHashMap<>();
            batch.onPrepareCommit(committing -> writes.values().forEach(Runnable::run));
            return writes;
        }).put(key, write);
    }

    /**
     * Whether the event being handled is part of a batch handled at full speed: then what a handler keeps in memory
     * for the rest of the batch (e.g. the documents it rewrites) goes with the batch, written by
     * {@link #beforeCommit} or dropped with it. Otherwise each event's writes must be made at once.
     */
    public static boolean atFullSpeed() {
        return Boolean.TRUE.equals(AT_FULL_SPEED.get());
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (!original.canHandleMessageType(EventMessage.class) || group == null) {
            return original;
        }
        AtomicLong careful = carefulThrough.computeIfAbsent(group.value(), name -> new AtomicLong(-1));
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Resources database = resources();
                if (database.dataSource() == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                OptionalLong position = position(message);
                UnitOfWork<?> batch = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root() : null;
                if (position.isEmpty() || !(batch instanceof BatchingUnitOfWork<?>)
                        || position.getAsLong() <= careful.get()) {
                    return inSavepoint(database, () -> super.handle(message, target));
                }
                // if this batch rolls back, whatever the cause, it is handled again in savepoints as far as it went
                batch.<AtomicLong>getOrComputeResource(REACHED + group.value(), name -> {
                    AtomicLong reached = new AtomicLong(-1);
                    batch.onRollback(rolledBack -> careful.accumulateAndGet(reached.get(), Math::max));
                    return reached;
                }).accumulateAndGet(position.getAsLong(), Math::max);
                AT_FULL_SPEED.set(Boolean.TRUE);
                try {
                    return super.handle(message, target);
                } catch (Exception | Error failure) {
                    throw new RetryEventByEvent(group.value(), failure);
                } finally {
                    AT_FULL_SPEED.remove();
                }
            }
        };
    }

    @FunctionalInterface
    private interface Handling {
        Object handle() throws Exception;
    }

    private static Object inSavepoint(Resources database, Handling handling) throws Exception {
        EntityManager session = database.entityManagers() == null ? null
                : EntityManagerFactoryUtils.getTransactionalEntityManager(database.entityManagers());
        if (session != null) {
            session.flush();
        }
        Connection connection = DataSourceUtils.getConnection(database.dataSource());
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                Object result = handling.handle();
                if (session != null) {
                    session.flush(); // a JPA write that fails fails here, inside the savepoint
                }
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (Exception | Error failure) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException rollbackFailed) {
                    failure.addSuppressed(rollbackFailed); // the connection is gone: so is the batch
                }
                if (session != null) {
                    session.clear();
                }
                throw failure;
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, database.dataSource());
        }
    }

    private static OptionalLong position(Message<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            return token == null ? OptionalLong.empty() : token.position();
        }
        return OptionalLong.empty();
    }

    /** The database and the JPA sessions, looked up once (a lookup per event was a tenth of a rebuild's time). */
    private Resources resources() {
        Resources found = resources;
        if (found == null) {
            found = new Resources(dataSourceProvider.getIfAvailable(), entityManagerProvider.getIfAvailable());
            resources = found;
        }
        return found;
    }

    private record Resources(DataSource dataSource, EntityManagerFactory entityManagers) {
    }
}
