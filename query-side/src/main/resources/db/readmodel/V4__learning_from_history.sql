-- Learning from history (issue 5): the sales teams and customers registered as events (e.g. by an import), and the
-- competitors recorded for each deal, which the win/loss analysis groups by. All of them are projections: the
-- "sales-organisation" and "opportunities" projections rebuild them from the events.

CREATE TABLE sales_team (
    team_id         VARCHAR(64) NOT NULL,
    name            VARCHAR     NOT NULL,
    manager         VARCHAR     NOT NULL,
    regional_office VARCHAR,
    PRIMARY KEY (team_id)
);

CREATE TABLE sales_team_member (
    team_id  VARCHAR(64) NOT NULL REFERENCES sales_team (team_id) ON DELETE CASCADE,
    position INTEGER     NOT NULL,
    member   VARCHAR     NOT NULL,
    PRIMARY KEY (team_id, position)
);

CREATE TABLE customer (
    customer_id                 VARCHAR(64)    NOT NULL,
    name                        VARCHAR        NOT NULL,
    sector                      VARCHAR,
    year_established            INTEGER,
    annual_revenue_millions_usd NUMERIC(21, 3),
    employees                   INTEGER,
    headquarters                VARCHAR,
    parent_company              VARCHAR,
    PRIMARY KEY (customer_id)
);
CREATE INDEX ix_customer_name ON customer (name);

-- Every competitor recorded in a deal's closing plan; the one a deal was lost to is on the opportunity row. Written
-- by JDBC beside the row's JPA entity, so without a foreign key to a row that may not be flushed yet.
CREATE TABLE opportunity_competitor (
    opportunity_id VARCHAR(64) NOT NULL,
    competitor_id  VARCHAR(64) NOT NULL,
    name           VARCHAR     NOT NULL,
    PRIMARY KEY (opportunity_id, competitor_id)
);

-- The win/loss analysis and the calibration select the deals closed in a range.
CREATE INDEX ix_opportunity_closed ON opportunity (closed_on);
