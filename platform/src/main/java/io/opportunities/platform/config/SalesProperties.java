package io.opportunities.platform.config;

import io.opportunities.api.salesprocess.SalesProcess;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The organisation's settings under {@code sales}: its time zone, its users and its sales process.
 *
 * @param timeZone       the zone whose calendar decides "today" when a command gives no business date
 * @param readYourWrites how long a query that names a minimum version waits for its projection
 * @param security       the users of HTTP Basic authentication
 * @param process        the sales process (pipeline)
 * @param teams          the sales teams: a manager and the reps whose deals the team's funnel, forecast and
 *                       attention list show
 * @param attention      when an opportunity needs a manager's attention
 * @param forecast       how the forecast counts deals as committed
 */
@ConfigurationProperties("sales")
public record SalesProperties(ZoneId timeZone, ReadYourWrites readYourWrites, Security security, SalesProcess process,
                              List<Team> teams, Attention attention, Forecast forecast) {

    public SalesProperties {
        teams = teams == null ? List.of() : List.copyOf(teams);
        attention = attention == null ? new Attention(null, null, null, null) : attention;
        forecast = forecast == null ? new Forecast(null) : forecast;
    }

    /** A sales team: its name, its manager and its members, the owners of its deals. */
    public record Team(String name, String manager, List<String> members) {

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /**
     * @param importantValues   per currency, the estimated value from which a deal is important
     * @param strategicQuestion the assessment question whose score says how strategic a deal is
     * @param strategicScore    the score of that question from which a deal is important
     * @param closingWithinDays a deal expected to close within this many days is closing soon
     */
    public record Attention(Map<String, BigDecimal> importantValues, String strategicQuestion, Integer strategicScore,
                            Integer closingWithinDays) {

        public Attention {
            importantValues = importantValues == null ? Map.of() : Map.copyOf(importantValues);
            strategicQuestion = strategicQuestion == null ? "STRATEGIC_VALUE" : strategicQuestion;
            strategicScore = strategicScore == null ? 4 : strategicScore;
            closingWithinDays = closingWithinDays == null ? 30 : closingWithinDays;
        }
    }

    /** @param commitCertainty the probability in percent from which an open deal counts as committed */
    public record Forecast(Integer commitCertainty) {

        public Forecast {
            commitCertainty = commitCertainty == null ? 70 : commitCertainty;
        }
    }

    public record ReadYourWrites(Duration timeout) {
    }

    /**
     * @param users the users of HTTP Basic
     * @param jwt   how a bearer token names its user and their roles
     */
    public record Security(List<User> users, Jwt jwt) {

        public Security {
            users = users == null ? List.of() : List.copyOf(users);
            jwt = jwt == null ? new Jwt(null, null) : jwt;
        }
    }

    /**
     * @param usernameClaim the claim naming the user (default {@code preferred_username}; {@code sub} without it)
     * @param rolesClaim    the claim listing their roles: REP, MANAGER, ADMIN (default {@code roles})
     */
    public record Jwt(String usernameClaim, String rolesClaim) {

        public Jwt {
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        }
    }

    /** A configured user; {@code password} is in Spring Security's {@code {id}hash} form. */
    public record User(String username, String password, List<String> roles) {
    }
}
