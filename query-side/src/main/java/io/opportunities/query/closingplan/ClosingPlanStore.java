package io.opportunities.query.closingplan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/** Loads and saves the planning-sheet documents, one JSON document per opportunity. */
@Component
class ClosingPlanStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClosingPlanStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ClosingPlanDocument> find(String opportunityId) {
        return jdbc.sql("SELECT document FROM closing_plan WHERE opportunity_id = ?")
                .param(opportunityId)
                .query(String.class)
                .optional()
                .map(document -> json.readValue(document, ClosingPlanDocument.class));
    }

    Optional<Long> findVersion(String opportunityId) {
        return jdbc.sql("SELECT version FROM closing_plan WHERE opportunity_id = ?")
                .param(opportunityId)
                .query(Long.class)
                .optional();
    }

    void insert(ClosingPlanDocument document) {
        jdbc.sql("INSERT INTO closing_plan (opportunity_id, version, document) VALUES (?, ?, ?)")
                .params(document.opportunityId, document.version, json.writeValueAsString(document))
                .update();
    }

    void update(ClosingPlanDocument document) {
        jdbc.sql("UPDATE closing_plan SET version = ?, document = ? WHERE opportunity_id = ?")
                .params(document.version, json.writeValueAsString(document), document.opportunityId)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM closing_plan").update();
    }
}
