package io.opportunities.platform.projection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Each projection handler's writes in a savepoint of its batch's transaction. On PostgreSQL one failed statement
 * aborts the whole transaction: without this, a handler whose SQL fails on one event would fail the batch, the
 * dead-letter queue could not even put the event aside in it, and the projection would retry the same batch for ever.
 * With it, the failed handler's writes alone are undone (and the JPA session cleared of them, its earlier changes
 * flushed first), the event goes to the dead-letter queue, and the batch goes on. Only event handlers of processing
 * groups are wrapped, never an aggregate's.
 */
public class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    public ProjectionSavepoints(ObjectProvider<DataSource> dataSource,
                                ObjectProvider<EntityManagerFactory> entityManagers) {
        this.dataSource = dataSource;
        this.entityManagers = entityManagers;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().isAnnotationPresent(ProcessingGroup.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                DataSource database = dataSource.getIfAvailable();
                if (database == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                EntityManagerFactory factory = entityManagers.getIfAvailable();
                EntityManager session = factory == null ? null
                        : EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
                if (session != null) {
                    session.flush();
                }
                Connection connection = DataSourceUtils.getConnection(database);
                try {
                    Savepoint savepoint = connection.setSavepoint();
                    try {
                        Object result = super.handle(message, target);
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
                    DataSourceUtils.releaseConnection(connection, database);
                }
            }
        };
    }
}
