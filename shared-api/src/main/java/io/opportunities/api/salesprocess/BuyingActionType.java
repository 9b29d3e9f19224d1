package io.opportunities.api.salesprocess;

/**
 * A kind of verifiable act of the customer from the sales process's catalogue,
 * e.g. "granted access to the decision maker" or "allocated budget".
 */
public record BuyingActionType(String code, String name, String description) {
}
