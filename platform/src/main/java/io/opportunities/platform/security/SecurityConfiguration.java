package io.opportunities.platform.security;

import io.opportunities.platform.config.SalesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.opportunities.platform.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * HTTP Basic over a stateless API, users from configuration. The authenticated user is the actor of every event.
 * Only administrators may use /api/admin and only managers record opportunity reviews; the ownership rules of reps
 * and managers come later.
 */
@AutoConfiguration
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
        ProblemResponses problems = new ProblemResponses(jsonMapper);
        return http
                .csrf(csrf -> csrf.disable()) // no cookies, no sessions: every request carries its credentials
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/api/admin/**", "/api/imports/**", "/api/imports").hasRole("ADMIN")
                        // an opportunity review is a manager's coaching session with the rep
                        .requestMatchers(HttpMethod.POST, "/api/opportunities/*/reviews").hasRole("MANAGER")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, exception) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"opportunities\"");
                    problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                            "Send the user's credentials with HTTP Basic authentication.");
                }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, exception) ->
                        problems.write(response, HttpStatus.FORBIDDEN, "Access denied",
                                "The authenticated user may not do this.")))
                .build();
    }

    @Bean
    UserDetailsService users(SalesProperties properties) {
        List<String> plainText = properties.security().users().stream()
                .filter(user -> user.password().startsWith("{noop}"))
                .map(SalesProperties.User::username)
                .toList();
        if (!plainText.isEmpty()) {
            log.warn("Users with plain-text passwords are configured: {}. Fine for the demo; set sales.security.users "
                    + "with {bcrypt} hashes before real use.", plainText);
        }
        List<UserDetails> users = properties.security().users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(user.password())
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList();
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        // Only the lookup is exposed. As a UserDetailsPasswordService the manager would let Spring Security rehash a
        // {noop} password with bcrypt after its first login, and every later request would pay bcrypt's cost
        // (about 60 ms here) for a password that is plain text in the configuration anyway.
        return manager::loadUserByUsername;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
