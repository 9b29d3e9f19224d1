-- The closing plan (issue 3). The opportunity row carries the closing certainty of the ladder, a manual override
-- with its reason, and the probability every read model uses (the override if any, else the ladder's; 100 once won,
-- 0 once lost or withdrawn). Rows written before this version read 0 until the "opportunities" projection is
-- rebuilt (POST /api/admin/projections/opportunities/rebuild).

ALTER TABLE opportunity ADD COLUMN certainty INTEGER NOT NULL DEFAULT 0;
ALTER TABLE opportunity ADD COLUMN certainty_override INTEGER;
ALTER TABLE opportunity ADD COLUMN certainty_override_reason VARCHAR;
ALTER TABLE opportunity ADD COLUMN probability INTEGER NOT NULL DEFAULT 0;

-- One planning sheet per opportunity, kept as a JSON document: it is always read whole, for one deal.
CREATE TABLE closing_plan (
    opportunity_id VARCHAR(64) NOT NULL,
    version        BIGINT      NOT NULL,
    document       VARCHAR     NOT NULL,
    PRIMARY KEY (opportunity_id)
);

-- The names the audited history uses to say who or what an event is about (a person, a competitor, an action).
CREATE TABLE opportunity_history_name (
    opportunity_id VARCHAR(64) NOT NULL,
    item_id        VARCHAR(64) NOT NULL,
    name           VARCHAR     NOT NULL,
    PRIMARY KEY (opportunity_id, item_id)
);
