package io.opportunities.platform.security;

import io.opportunities.platform.config.SalesProperties;
import io.opportunities.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.List;

/**
 * A stateless API: HTTP Basic with the users of the configuration ({@code sales.security.users}, the embedded
 * default's demo users), and, once {@code spring.security.oauth2.resourceserver.jwt.*} names an issuer or a key,
 * OAuth2 bearer tokens (JWT) as in production. The authenticated user is the actor of every event. Only
 * administrators use /api/admin and /api/imports, only managers record opportunity reviews; which deal each user may
 * see and change is {@link DealAccess}'s.
 */
@AutoConfiguration
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper jsonMapper, ObjectProvider<JwtDecoder> jwtDecoder,
                                    SalesProperties properties) throws Exception {
        ProblemResponses problems = new ProblemResponses(jsonMapper);
        AuthenticationEntryPoint unauthenticated = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", jwtDecoder.getIfAvailable() == null
                    ? "Basic realm=\"opportunities\"" : "Basic realm=\"opportunities\", Bearer");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "Send the user's credentials with HTTP Basic authentication, or an OAuth2 bearer token where "
                            + "one is configured.");
        };
        if (jwtDecoder.getIfAvailable() != null) {
            // a JwtDecoder exists once spring.security.oauth2.resourceserver.jwt.* names the issuer or its key
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens(properties.security().jwt())))
                    .authenticationEntryPoint(unauthenticated));
        }
        return http
                .csrf(csrf -> csrf.disable()) // no cookies, no sessions: every request carries its credentials
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/api/admin/**", "/api/imports/**", "/api/imports").hasRole("ADMIN")
                        .requestMatchers("/actuator/**").hasRole("ADMIN") // metrics: the operators' business
                        // an opportunity review is a manager's coaching session with the rep
                        .requestMatchers(HttpMethod.POST, "/api/opportunities/*/reviews").hasRole("MANAGER")
                        // a valid sign-in without a sales role (another application's token) reads nothing either
                        .requestMatchers("/api/**").hasAnyRole(Actor.REP, Actor.MANAGER, Actor.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, exception) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "Access denied",
                                        "The authenticated user may not do this.")))
                .build();
    }

    /**
     * A bearer token's user is its {@code preferred_username} claim (else {@code sub}), their roles the values of
     * its {@code roles} claim (REP, MANAGER, ADMIN); both claim names are {@code sales.security.jwt.*}.
     */
    private static Converter<Jwt, AbstractAuthenticationToken> tokens(SalesProperties.Jwt settings) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(settings.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        return jwt -> {
            String name = jwt.hasClaim(settings.usernameClaim()) ? jwt.getClaimAsString(settings.usernameClaim())
                    : jwt.getSubject();
            Collection<GrantedAuthority> authorities = roles.convert(jwt);
            return new JwtAuthenticationToken(jwt, authorities, name);
        };
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
    DealAccess dealAccess(SalesProperties properties) {
        return new DealAccess(properties.teams());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
