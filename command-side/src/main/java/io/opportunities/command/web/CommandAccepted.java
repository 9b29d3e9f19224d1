package io.opportunities.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted command: the opportunity, its version after the command (also sent as ETag), and the id
 * of what the command created inside it, if anything.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandAccepted(
        @Schema(example = "0b6f6a5e-8d0e-4a53-9d59-2f1d4c2f8e11") String opportunityId,
        @Schema(description = "The opportunity's version after the command; send it as If-Match next time.",
                example = "3") long version,
        @Schema(description = "Set when a buying action was recorded") String buyingActionId,
        @Schema(description = "Set when a next step was agreed") String nextStepId) {

    public static CommandAccepted of(String opportunityId, long version) {
        return new CommandAccepted(opportunityId, version, null, null);
    }
}
