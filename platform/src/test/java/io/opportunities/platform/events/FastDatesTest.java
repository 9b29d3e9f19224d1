package io.opportunities.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FastDatesTest {

    private final JsonMapper standard = JsonMapper.builder().build();
    private final JsonMapper fast = JsonMapper.builder().addModule(new FastDates()).build();

    record Stamped(LocalDate occurredOn, Instant recordedAt) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01", "2024-02-29", "0001-01-01", "9999-12-31"})
    void readsADateAsJacksonDoes(String date) {
        assertThat(FastDates.date(date)).isEqualTo(LocalDate.parse(date));
        assertThat(read(fast, date, "2026-10-01T09:30:00Z")).isEqualTo(read(standard, date, "2026-10-01T09:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01T09:30:00Z", "2026-10-01T09:30:00.1Z", "2026-10-01T23:59:59.123Z",
            "2026-10-01T00:00:00.123456Z", "2026-10-01T09:30:00.123456789Z", "1970-01-01T00:00:00Z"})
    void readsAnInstantAsJacksonDoes(String instant) {
        assertThat(FastDates.instant(instant)).isEqualTo(Instant.parse(instant));
        assertThat(read(fast, "2026-10-01", instant)).isEqualTo(read(standard, "2026-10-01", instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01T09:30:00+02:00", "2026-10-01T09:30Z", "2026-10-01T09:30:00.Z",
            "2026-10-01T09:30:00.1234567890Z", "2026-10-01 09:30:00Z", "2026-10-01T24:00:00Z"})
    void leavesEveryOtherInstantToJackson(String instant) {
        assertThat(FastDates.instant(instant)).isNull();
    }

    @Test
    void leavesEveryOtherDateToJackson_whichReadsOrRefusesItAsBefore() {
        assertThat(FastDates.date("2026-02-30")).isNull();
        assertThat(FastDates.date("26-10-01")).isNull();
        assertThat(FastDates.date("2026-1-01")).isNull();
        assertThatThrownBy(() -> read(fast, "2026-02-30", "2026-10-01T09:30:00Z")).isInstanceOf(DatabindException.class);
        assertThat(read(fast, "2026-10-01", "2026-10-01T09:30:00+02:00"))
                .isEqualTo(read(standard, "2026-10-01", "2026-10-01T09:30:00+02:00"));
        assertThat(fast.readValue("{\"occurredOn\": null, \"recordedAt\": 0}", Stamped.class))
                .isEqualTo(standard.readValue("{\"occurredOn\": null, \"recordedAt\": 0}", Stamped.class));
    }

    private static Stamped read(JsonMapper mapper, String date, String instant) {
        return mapper.readValue("{\"occurredOn\": \"" + date + "\", \"recordedAt\": \"" + instant + "\"}",
                Stamped.class);
    }
}
