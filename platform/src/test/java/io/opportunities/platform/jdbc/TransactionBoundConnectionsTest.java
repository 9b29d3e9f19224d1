package io.opportunities.platform.jdbc;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit of work in a Spring transaction, as every command and projection batch runs: its connection is closed once,
 * by the transaction, and never again by the unit of work's cleanup (a pool may have lent it to another thread by
 * then). On a real H2 database, counting each physical connection's closes.
 */
class TransactionBoundConnectionsTest {

    private final JdbcDataSource database = new JdbcDataSource();
    /** How often each connection given through {@link #dataSource} was closed, in the order they were given. */
    private final List<AtomicInteger> closes = new CopyOnWriteArrayList<>();
    private final DataSource dataSource = counted();

    {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void aUnitOfWorksConnectionInATransaction_isClosedOnceByTheTransaction() throws Exception {
        long rows = inUnitOfWork(new UnitOfWorkAwareConnectionProviderWrapper(
                new TransactionBoundConnections(dataSource)));

        assertThat(closes).hasSize(1);
        assertThat(closes.get(0)).hasValue(1);
        assertThat(rows).as("the transaction committed the row").isEqualTo(1);
    }

    @Test
    void axonsSpringProvider_closesItAgainAtTheCleanup_whyThisOneReplacesIt() throws Exception {
        inUnitOfWork(new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource)));

        assertThat(closes.get(0)).hasValue(2);
    }

    @Test
    void withoutATransaction_theConnectionIsItsOwn_committedAndClosedOnce() throws Exception {
        ConnectionProvider provider = new TransactionBoundConnections(dataSource);
        try (Connection connection = provider.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE TABLE own (id INT)");
            statement.execute("INSERT INTO own VALUES (1)");
            connection.commit();
        }
        assertThat(closes).hasSize(1);
        assertThat(closes.get(0)).hasValue(1);
        assertThat(rows("own")).as("the connection committed the row").isEqualTo(1);
    }

    /** Inserts a row through the provider in a unit of work with a Spring transaction; the rows there afterwards. */
    private long inUnitOfWork(ConnectionProvider provider) throws SQLException {
        try (Connection setup = database.getConnection(); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE fact (id INT)");
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a fact"));
        unitOfWork.attachTransaction(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)));
        unitOfWork.execute(() -> {
            try (Connection connection = provider.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO fact VALUES (1)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return rows("fact");
    }

    /** The rows of a table, read past the counted connections. */
    private long rows(String table) throws SQLException {
        try (Connection check = database.getConnection(); Statement statement = check.createStatement()) {
            ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table);
            result.next();
            return result.getLong(1);
        }
    }

    private DataSource counted() {
        return new DelegatingDataSource(database) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection real = super.getConnection();
                AtomicInteger closed = new AtomicInteger();
                closes.add(closed);
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[]{Connection.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("close")) {
                                closed.incrementAndGet();
                            }
                            try {
                                return method.invoke(real, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
