package io.opportunities.platform.jdbc;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells Axon's event store that an append met an event already stored at the same sequence: then a command decided
 * on an outdated deal (another node, or another request, stored first) is a {@code ConcurrencyException}, a 409, and
 * not an unexplained failure. Axon's own resolver looks for {@link SQLIntegrityConstraintViolationException} only,
 * which H2 throws and PostgreSQL's driver does not: it reports a unique violation as SQL state 23505, inside the
 * batch's {@link BatchUpdateException}.
 */
public final class DuplicateKeys implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException each = sql; each != null; each = each.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(each.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
