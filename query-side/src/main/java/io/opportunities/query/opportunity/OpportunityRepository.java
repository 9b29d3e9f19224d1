package io.opportunities.query.opportunity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface OpportunityRepository extends JpaRepository<OpportunityRow, String>, JpaSpecificationExecutor<OpportunityRow> {

    @Query("select o.version from OpportunityRow o where o.opportunityId = :opportunityId")
    Optional<Long> findVersion(String opportunityId);
}
