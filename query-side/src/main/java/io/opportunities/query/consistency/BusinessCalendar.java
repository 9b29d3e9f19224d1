package io.opportunities.query.consistency;

import io.opportunities.platform.config.SalesProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Today's date in the organisation's time zone, for days in stage and overdue next steps. */
@Component
public class BusinessCalendar {

    private final Clock clock;
    private final SalesProperties properties;

    BusinessCalendar(Clock clock, SalesProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
