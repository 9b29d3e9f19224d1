package io.opportunities.platform.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The keys of the people whose personal data the events hold, one per person, in the event store's database. A key
 * is made the first time a person's data is stored, in the transaction that stores the event; erasing the person
 * deletes the secret, in the transaction that stores the erasure.
 */
public class PersonalDataKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PersonalDataKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The person's secret, made now if they have none; empty once they are erased. */
    Optional<byte[]> secretFor(String subjectId) {
        Optional<Row> row = row(subjectId);
        if (row.isPresent()) {
            return Optional.ofNullable(row.get().secret());
        }
        byte[] secret = PersonalDataCipher.newSecret();
        jdbc.sql("INSERT INTO personal_data_key (subject_id, secret, created_at) VALUES (?, ?, ?)")
                .params(subjectId, secret, Timestamp.from(clock.instant())).update();
        return Optional.of(secret);
    }

    /** The person's secret, if they have one and are not erased. */
    Optional<byte[]> existingSecret(String subjectId) {
        return row(subjectId).map(Row::secret);
    }

    /** Deletes the person's secret: what was encrypted with it cannot be read again. */
    public void erase(String subjectId) {
        int updated = jdbc.sql("UPDATE personal_data_key SET secret = NULL, erased_at = ? WHERE subject_id = ?")
                .params(Timestamp.from(clock.instant()), subjectId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO personal_data_key (subject_id, secret, created_at, erased_at) VALUES (?, NULL, ?, ?)")
                    .params(subjectId, Timestamp.from(clock.instant()), Timestamp.from(clock.instant())).update();
        }
    }

    private record Row(byte[] secret) {
    }

    private Optional<Row> row(String subjectId) {
        return jdbc.sql("SELECT secret FROM personal_data_key WHERE subject_id = ?").param(subjectId)
                .query((rs, rowNum) -> new Row(rs.getBytes("secret"))).optional();
    }
}
