-- The manager's view (issue 4): what the attention list needs on each opportunity row, the reviews of each deal, the
-- funnel's totals per owner, and the timeline every as-of, conversion and forecast query folds. Rows of the
-- opportunity table written before this version lack the new columns' values and their reviews until the
-- "opportunities" projection is rebuilt; the timeline's tables fill from the whole history on their own.

-- Business date of the latest buying action on record: with stage_entered_on, when the deal last moved.
ALTER TABLE opportunity ADD COLUMN last_buying_action_on DATE;
-- The latest manager's review and the date of the next one.
ALTER TABLE opportunity ADD COLUMN last_reviewed_on DATE;
ALTER TABLE opportunity ADD COLUMN next_review_on DATE;
-- The latest business date on which the expected close date moved later.
ALTER TABLE opportunity ADD COLUMN last_slipped_on DATE;
-- The latest score of the assessment question that says how strategic the deal is (sales.attention).
ALTER TABLE opportunity ADD COLUMN strategic_score INTEGER;

-- Every column the attention list's rules read, after status and owner: the list ranks a team's open deals from
-- this index alone (an index-only scan) and reads the rows of the page it answers with.
CREATE INDEX ix_opportunity_attention ON opportunity (status, owner, stage, stage_entered_on, last_buying_action_on,
    expected_close_on, next_step_due_on, qualified, last_reviewed_on, next_review_on, last_slipped_on,
    strategic_score, currency, estimated_amount, opportunity_id);

CREATE TABLE opportunity_review (
    opportunity_id        VARCHAR(64)  NOT NULL REFERENCES opportunity (opportunity_id) ON DELETE CASCADE,
    position              INTEGER      NOT NULL,
    review_id             VARCHAR(64)  NOT NULL,
    reviewed_on           DATE         NOT NULL,
    reviewed_by           VARCHAR(100) NOT NULL,
    stage                 VARCHAR(100) NOT NULL,
    stage_assessment      VARCHAR      NOT NULL,
    agreed_actions_status VARCHAR      NOT NULL,
    blocking_issues       VARCHAR      NOT NULL,
    could_prevent_winning VARCHAR      NOT NULL,
    required_to_win       VARCHAR      NOT NULL,
    findings              VARCHAR      NOT NULL,
    -- the ids of the closing-plan actions agreed, separated by commas
    agreed_action_ids     VARCHAR      NOT NULL,
    next_review_on        DATE         NOT NULL,
    PRIMARY KEY (opportunity_id, position)
);

-- One row per event that changes what the list, the funnel, the forecast or the conversion report reads: the
-- event's own change, in the order of the deal's stream, with its business date and its recording time. Folding a
-- deal's rows with occurred_on <= D and recorded_at <= T gives the deal as it was on D as known at T.
CREATE TABLE opportunity_timeline (
    opportunity_id             VARCHAR(64)  NOT NULL,
    version                    BIGINT       NOT NULL,
    occurred_on                DATE         NOT NULL,
    recorded_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    change                     VARCHAR(30)  NOT NULL,
    stage                      VARCHAR(100),
    from_stage                 VARCHAR(100),
    status                     VARCHAR(20),
    amount                     NUMERIC(21, 3),
    currency                   VARCHAR(3),
    expected_close_on          DATE,
    previous_expected_close_on DATE,
    certainty                  INTEGER,
    -- the next step or buying action the change is about, and the buying action's type
    item_id                    VARCHAR(64),
    buying_action_type         VARCHAR(100),
    due_on                     DATE,
    reason                     VARCHAR,
    PRIMARY KEY (opportunity_id, version)
);
CREATE INDEX ix_opportunity_timeline_occurred ON opportunity_timeline (occurred_on);
CREATE INDEX ix_opportunity_timeline_slips ON opportunity_timeline (previous_expected_close_on);

-- Each deal's funnel figures over business time: from valid_from until the day before valid_to (open-ended while
-- valid_to is null) the deal stood so. Rebuilt for the deal from its timeline whenever an event changes them, so the
-- funnel as of a business date is one indexed query instead of a fold of every deal's timeline.
CREATE TABLE opportunity_interval (
    opportunity_id    VARCHAR(64)    NOT NULL,
    valid_from        DATE           NOT NULL,
    valid_to          DATE,
    stage             VARCHAR(100)   NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    amount            NUMERIC(21, 3) NOT NULL,
    currency          VARCHAR(3)     NOT NULL,
    expected_close_on DATE           NOT NULL,
    probability       INTEGER        NOT NULL,
    overridden        BOOLEAN        NOT NULL,
    PRIMARY KEY (opportunity_id, valid_from)
);
CREATE INDEX ix_opportunity_interval_valid ON opportunity_interval (valid_from, valid_to);

-- The open deals' totals per owner, stage and currency, kept up to date by the opportunities projection: the funnel of
-- everyone, of a team or of an owner adds a few hundred of these instead of every open deal.
CREATE TABLE funnel_cell (
    owner      VARCHAR(100)   NOT NULL,
    stage      VARCHAR(100)   NOT NULL,
    currency   VARCHAR(3)     NOT NULL,
    deals      BIGINT         NOT NULL,
    total      NUMERIC(24, 3) NOT NULL,
    -- the sum of each deal's value times its probability in percent
    weighted   NUMERIC(27, 3) NOT NULL,
    overridden BIGINT         NOT NULL,
    PRIMARY KEY (owner, stage, currency)
);
-- The cells start from the rows already there, so that the projection's later changes add to the right totals.
INSERT INTO funnel_cell (owner, stage, currency, deals, total, weighted, overridden)
SELECT owner, stage, currency, count(*), sum(estimated_amount), sum(estimated_amount * probability),
       count(certainty_override)
FROM opportunity WHERE status = 'OPEN'
GROUP BY owner, stage, currency;
