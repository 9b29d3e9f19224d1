package io.opportunities.platform.jdbc;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that is away (down, restarting, unreachable) from a failure of the work itself. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * A connection refused, broken, closed or shut down by the server (SQL states 08xxx and 57Pxx), anywhere in the
     * causes: the same work succeeds once the database is back.
     */
    public static boolean databaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // HikariCP's answer for a pooled connection the database closed under the work
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().startsWith("Connection is closed")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
