package io.opportunities.platform.security;

import io.opportunities.platform.config.SalesProperties;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and change which deal, from the deal's owner and the configured teams ({@code sales.teams}):
 * <ul>
 *     <li>a rep (or a manager, who may sell too) changes the deals they own, and only those;</li>
 *     <li>a manager reads the deals of the teams they manage and records their reviews, but records no other fact
 *     on a rep's deal;</li>
 *     <li>an administrator reads every deal, and changes none: they import, replay and configure;</li>
 *     <li>nobody reads any other deal: it is answered as if it did not exist.</li>
 * </ul>
 * Who manages whom is configuration, never data: a team registered by an import grants nobody access.
 */
public final class DealAccess {

    private final Map<String, Set<String>> ownersByManager = new HashMap<>();

    public DealAccess(List<SalesProperties.Team> teams) {
        for (SalesProperties.Team team : teams) {
            if (team.manager() != null) {
                ownersByManager.computeIfAbsent(team.manager(), manager -> new HashSet<>()).addAll(team.members());
            }
        }
    }

    public boolean mayRead(Actor actor, String owner) {
        return actor.isAdmin() || mayChange(actor, owner) || manages(actor, owner);
    }

    /** Record a fact on the deal: its owner only. */
    public boolean mayChange(Actor actor, String owner) {
        return actor.sells() && actor.name().equals(owner);
    }

    /** A manager's review of the deal (an opportunity review): the manager of the owner's team. */
    public boolean mayReview(Actor actor, String owner) {
        return manages(actor, owner);
    }

    /** The win/loss review of a closed deal: its owner or the owner's manager. */
    public boolean mayRecordWinLossReview(Actor actor, String owner) {
        return mayChange(actor, owner) || manages(actor, owner);
    }

    /** Open a deal for {@code owner}: for oneself, or a manager for a member of their team. */
    public boolean mayOpenFor(Actor actor, String owner) {
        return mayChange(actor, owner) || manages(actor, owner);
    }

    /** Erase a person's personal data in the deal: its owner, or an administrator (e.g. for a data protection officer). */
    public boolean mayErasePersonalData(Actor actor, String owner) {
        return mayChange(actor, owner) || actor.isAdmin();
    }

    /** Import deal history, rebuild projections: administrators. */
    public boolean mayAdminister(Actor actor) {
        return actor.isAdmin();
    }

    /** The owners whose deals the actor's lists and reports cover; empty for every deal (an administrator). */
    public Optional<Set<String>> visibleOwners(Actor actor) {
        if (actor.isAdmin()) {
            return Optional.empty();
        }
        Set<String> owners = new HashSet<>();
        if (actor.sells()) {
            owners.add(actor.name());
        }
        if (actor.isManager()) {
            owners.addAll(ownersByManager.getOrDefault(actor.name(), Set.of()));
        }
        return Optional.of(Set.copyOf(owners));
    }

    private boolean manages(Actor actor, String owner) {
        return actor.isManager() && ownersByManager.getOrDefault(actor.name(), Set.of()).contains(owner);
    }
}
