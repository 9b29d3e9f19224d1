package io.opportunities.platform.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeysTest {

    private final DuplicateKeys duplicateKeys = new DuplicateKeys();

    @Test
    void postgresqlsUniqueViolationInsideABatch_isADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO DomainEventEntry ...",
                "23505", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(duplicateKeys.isDuplicateKeyViolation(new RuntimeException("appending", batch))).isTrue();
        BatchUpdateException stateOnlyOnTheNext = new BatchUpdateException("Batch entry 0", null, 0, new int[0]);
        stateOnlyOnTheNext.setNextException(new SQLException("duplicate key value", "23505"));
        assertThat(duplicateKeys.isDuplicateKeyViolation(stateOnlyOnTheNext)).isTrue();
    }

    @Test
    void h2sIntegrityViolation_isADuplicateKey() {
        assertThat(duplicateKeys.isDuplicateKeyViolation(new IllegalStateException(
                new SQLIntegrityConstraintViolationException("Unique index or primary key violation")))).isTrue();
    }

    @Test
    void otherFailures_areNot() {
        assertThat(duplicateKeys.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(duplicateKeys.isDuplicateKeyViolation(new SQLException("not null", "23502"))).isFalse();
        assertThat(duplicateKeys.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
