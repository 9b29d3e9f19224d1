package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.OpportunityChange;
import io.opportunities.command.web.CommandAccepted;
import io.opportunities.command.web.CommandStamp;
import io.opportunities.command.web.CommandStamps;
import io.opportunities.command.web.IdempotentCommands;
import io.opportunities.platform.web.VersionTags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Sends a command that changes an existing opportunity, stamped with the actor, the time and the business date,
 * with the version of If-Match as the expected version, and answers with the new version as ETag.
 */
@Component
class ChangeSender {

    @FunctionalInterface
    interface CommandFactory {
        OpportunityChange create(String opportunityId, Long expectedVersion, CommandStamp stamp);
    }

    private final IdempotentCommands commands;
    private final CommandStamps stamps;

    ChangeSender(IdempotentCommands commands, CommandStamps stamps) {
        this.commands = commands;
        this.stamps = stamps;
    }

    ResponseEntity<CommandAccepted> send(UUID opportunityId, String ifMatch, Authentication user, LocalDate occurredOn,
                                         CommandFactory factory) {
        String id = opportunityId.toString();
        long version = sendAndWait(id, ifMatch, user, occurredOn, factory);
        return ResponseEntity.ok().eTag(VersionTags.of(version)).body(CommandAccepted.of(id, version));
    }

    /** Sends a command that creates something inside the opportunity, and names it in the answer. */
    ResponseEntity<CommandAccepted> sendCreating(UUID opportunityId, String ifMatch, Authentication user,
                                                 LocalDate occurredOn, CommandAccepted.Created kind, String createdId,
                                                 CommandFactory factory) {
        String id = opportunityId.toString();
        long version = sendAndWait(id, ifMatch, user, occurredOn, factory);
        return ResponseEntity.ok().eTag(VersionTags.of(version))
                .body(CommandAccepted.created(id, version, kind, createdId));
    }

    private long sendAndWait(String id, String ifMatch, Authentication user, LocalDate occurredOn,
                             CommandFactory factory) {
        OpportunityChange command = factory.create(id, VersionTags.expectedVersion(ifMatch), stamps.stamp(user, occurredOn));
        return commands.sendAndWait(command);
    }
}
