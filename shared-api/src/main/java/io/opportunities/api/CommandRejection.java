package io.opportunities.api;

import java.util.Map;

/**
 * Why a command was rejected, carried as the details of Axon's {@code CommandExecutionException}: the exception
 * type does not survive the command bus, these details do.
 *
 * @param rule  a stable, kebab-case name of the rule, e.g. {@code exit-criteria-missing}
 * @param kind  invalid, naming something that does not exist, breaking a business rule, or not the sender's to do
 * @param facts what the client needs to act on it, e.g. the missing buying actions
 */
public record CommandRejection(String rule, Kind kind, Map<String, Object> facts) {

    public enum Kind {
        /** The command is malformed in a way only the domain can tell, e.g. a stage the process does not have. */
        INVALID,
        /** The command names something the opportunity does not have, e.g. an unknown next step. */
        NOT_FOUND,
        /** The command is well-formed but a business rule forbids it now. */
        RULE_BROKEN,
        /** The sender may see the opportunity but not do this to it, e.g. a manager recording a rep's buying action. */
        FORBIDDEN
    }

    public CommandRejection {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
