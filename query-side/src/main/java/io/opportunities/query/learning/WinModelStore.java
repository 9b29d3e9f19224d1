package io.opportunities.query.learning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The models of the learned win probability, each fit one row, kept: the table {@code win_model}. */
@Repository
class WinModelStore {

    /** Why a model was fitted. */
    enum Occasion { FIRST_ANSWER, SCHEDULE, DEALS_CLOSED, ADMINISTRATOR }

    /**
     * A stored model.
     *
     * @param closedDealsSeen how many deals were closed in the read model when it was fitted
     */
    record Stored(long version, Instant fittedAt, Occasion occasion, String fittedBy, long closedDealsSeen,
                  LearnedModel model) {
    }

    private static final String COLUMNS = "version, fitted_at, occasion, fitted_by, cutoff, trained_from, deals, won,"
            + " points, stale_points, longest_cycle, closed_deals_seen, method, choice, parameters";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WinModelStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Stored add(LearnedModel model, Instant fittedAt, Occasion occasion, String fittedBy, long closedDealsSeen) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO win_model (fitted_at, occasion, fitted_by, cutoff, trained_from, deals, won,
                                               points, stale_points, longest_cycle, closed_deals_seen, method,
                                               choice, parameters)
                        VALUES (:fittedAt, :occasion, :fittedBy, :cutoff, :trainedFrom, :deals, :won, :points,
                                :stalePoints, :longestCycle, :closedDealsSeen, :method, :choice, :parameters)""")
                .param("fittedAt", Timestamp.from(fittedAt))
                .param("occasion", occasion.name())
                .param("fittedBy", fittedBy)
                .param("cutoff", model.cutoff())
                .param("trainedFrom", model.trainedFrom())
                .param("deals", model.deals())
                .param("won", model.won())
                .param("points", model.points())
                .param("stalePoints", model.stalePoints())
                .param("longestCycle", model.longestCycle())
                .param("closedDealsSeen", closedDealsSeen)
                .param("method", model.method())
                .param("choice", json.writeValueAsString(model.choice()))
                .param("parameters", json.writeValueAsString(new Parameters(model.description(), model.baseRate(),
                        model.predictor())))
                .update(keys, "version");
        return version(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    Optional<Stored> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM win_model ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .query(this::stored).optional();
    }

    /** The latest model's version, without reading the model. */
    Optional<Long> latestVersion() {
        return jdbc.sql("SELECT version FROM win_model ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .query(Long.class).optional();
    }

    Optional<Stored> version(long version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM win_model WHERE version = ?").param(version)
                .query(this::stored).optional();
    }

    /** Every model fitted, the latest first. */
    List<Stored> history(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM win_model ORDER BY version DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query(this::stored).list();
    }

    /** The description, the base rate and the predictor, which the table keeps as one JSON document. */
    private record Parameters(String description, double baseRate, Predictor predictor) {
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        Parameters parameters = json.readValue(rs.getString("parameters"), Parameters.class);
        LearnedModel model = new LearnedModel(rs.getObject("cutoff", LocalDate.class),
                rs.getObject("trained_from", LocalDate.class), rs.getLong("deals"), rs.getLong("won"),
                parameters.baseRate(), rs.getLong("points"), rs.getLong("stale_points"), rs.getLong("longest_cycle"),
                rs.getString("method"), parameters.description(),
                json.readValue(rs.getString("choice"), ModelChoice.class), parameters.predictor());
        return new Stored(rs.getLong("version"), rs.getTimestamp("fitted_at").toInstant(),
                Occasion.valueOf(rs.getString("occasion")), rs.getString("fitted_by"), rs.getLong("closed_deals_seen"),
                model);
    }
}
