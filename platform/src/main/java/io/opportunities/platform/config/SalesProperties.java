package io.opportunities.platform.config;

import io.opportunities.api.salesprocess.SalesProcess;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The organisation's settings under {@code sales}: its time zone, its users and its sales process.
 *
 * @param timeZone       the zone whose calendar decides "today" when a command gives no business date
 * @param readYourWrites how long a query that names a minimum version waits for its projection
 * @param security       the users of HTTP Basic authentication
 * @param process        the sales process (pipeline)
 */
@ConfigurationProperties("sales")
public record SalesProperties(ZoneId timeZone, ReadYourWrites readYourWrites, Security security, SalesProcess process) {

    public record ReadYourWrites(Duration timeout) {
    }

    public record Security(List<User> users) {
    }

    /** A configured user; {@code password} is in Spring Security's {@code {id}hash} form. */
    public record User(String username, String password, List<String> roles) {
    }
}
