package io.opportunities.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who asks: the authenticated user's name and roles ({@code REP}, {@code MANAGER}, {@code ADMIN}). It reaches the
 * command side as the command's {@code recordedBy} and the {@value io.opportunities.platform.messaging.MessageKeys#ACTOR_ROLES}
 * metadata, set by the server from the authentication, never by the client.
 */
public record Actor(String name, Set<String> roles) {

    public static final String REP = "REP";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(Authentication authentication) {
        return new Actor(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet()));
    }

    /** @param roles as carried in metadata: comma-separated, null for none */
    public static Actor of(String name, String roles) {
        return new Actor(name, roles == null || roles.isBlank() ? Set.of()
                : Arrays.stream(roles.split(",")).map(String::trim).collect(Collectors.toSet()));
    }

    /** The roles as metadata carries them: sorted, comma-separated. */
    public String rolesAsText() {
        return String.join(",", new TreeSet<>(roles));
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean isManager() {
        return roles.contains(MANAGER);
    }

    /** Reps and managers sell: they own deals. */
    public boolean sells() {
        return roles.contains(REP) || roles.contains(MANAGER);
    }
}
