package io.opportunities.platform.jdbc;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connections of Axon's JDBC components (event store, token store, dead-letter queues, sagas): the connection
 * of the Spring transaction under way, else one of the pool's own.
 * <p>
 * In place of Axon's {@code SpringDataSourceConnectionProvider}, which hands every connection back to
 * {@link DataSourceUtils#releaseConnection} when closed. A unit of work closes its connection at its cleanup, after
 * its transaction has committed and given the connection back to the pool; {@code DataSourceUtils}, finding no
 * transaction any more, then closes it a second time. A second close of a HikariCP connection that another thread
 * has borrowed since clears that thread's list of open statements, and that thread fails with an
 * {@code ArrayIndexOutOfBoundsException} in HikariCP's {@code FastList}: now and then a command or a projection's
 * batch failed so (an import once stopped at its 493rd deal). Here a transaction's connection is the
 * transaction's to commit and to close: closing it only gives back this use of it, while the transaction lasts.
 */
public final class TransactionBoundConnections implements ConnectionProvider {

    private final DataSource dataSource;

    public TransactionBoundConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DataSourceUtils.doGetConnection(dataSource);
        boolean transactions = DataSourceUtils.isConnectionTransactional(connection, dataSource);
        return ConnectionWrapperFactory.wrap(connection, new ConnectionWrapperFactory.ConnectionCloseHandler() {
            @Override
            public void close(Connection delegate) {
                if (!transactions || DataSourceUtils.isConnectionTransactional(delegate, dataSource)) {
                    DataSourceUtils.releaseConnection(delegate, dataSource);
                }
                // else the transaction has ended and closed it already: it may be another thread's by now
            }

            @Override
            public void commit(Connection delegate) throws SQLException {
                if (!transactions) {
                    delegate.commit();
                }
            }
        });
    }
}
