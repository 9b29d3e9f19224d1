package io.opportunities.query.team;

import io.opportunities.query.access.Visibility;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;

/**
 * The deal filter of the manager's reports, as query parameters: {@code owner}, {@code team}, {@code customer},
 * {@code product}; each left out matches every deal.
 */
public record DealFilterParameters(
        @Parameter(description = "Only the deals of this owner") @Size(max = 100) String owner,
        @Parameter(description = "Only the deals of this team's members (sales.teams, or a registered team)")
        @Size(max = 100) String team,
        @Parameter(description = "Only the deals of this customer") @Size(max = 200) String customer,
        @Parameter(description = "Only the deals of this product") @Size(max = 200) String product) {

    /**
     * The filter of the deals the user may see, with the team resolved to its members (400 when there is no such
     * team).
     */
    public DealFilter resolve(Teams teams, Visibility visibility) {
        return DealFilter.of(owner, team, customer, product, teams, visibility);
    }
}
