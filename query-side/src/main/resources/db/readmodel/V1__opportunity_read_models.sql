-- The query side's read models. They are projections: any of them can be dropped and rebuilt from the events.
-- Free text is VARCHAR without a length: the command side limits it, and a projection must never stop on an
-- event that an earlier version of the API let through.

CREATE TABLE opportunity (
    opportunity_id             VARCHAR(64)    NOT NULL,
    version                    BIGINT         NOT NULL,
    customer                   VARCHAR        NOT NULL,
    title                      VARCHAR        NOT NULL,
    product                    VARCHAR,
    owner                      VARCHAR(100)   NOT NULL,
    stage                      VARCHAR(100)   NOT NULL,
    stage_entered_on           DATE           NOT NULL,
    status                     VARCHAR(20)    NOT NULL,
    estimated_amount           NUMERIC(21, 3) NOT NULL,
    currency                   VARCHAR(3)     NOT NULL,
    expected_close_on          DATE           NOT NULL,
    next_step_due_on           DATE,
    qualified                  BOOLEAN        NOT NULL,
    warning_signal_type        VARCHAR(50)    NOT NULL,
    warning_signal_description VARCHAR        NOT NULL,
    opened_on                  DATE           NOT NULL,
    opened_by                  VARCHAR(100)   NOT NULL,
    closed_on                  DATE,
    won_amount                 NUMERIC(21, 3),
    won_currency               VARCHAR(3),
    loss_reason                VARCHAR(50),
    competitor                 VARCHAR,
    withdrawal_kind            VARCHAR(50),
    close_explanation          VARCHAR,
    last_recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (opportunity_id)
);
CREATE INDEX ix_opportunity_status_stage ON opportunity (status, stage);
CREATE INDEX ix_opportunity_owner_status ON opportunity (owner, status);
CREATE INDEX ix_opportunity_expected_close ON opportunity (expected_close_on);

CREATE TABLE opportunity_buying_action (
    opportunity_id   VARCHAR(64)  NOT NULL REFERENCES opportunity (opportunity_id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    buying_action_id VARCHAR(64)  NOT NULL,
    type             VARCHAR(100) NOT NULL,
    description      VARCHAR      NOT NULL,
    evidence         VARCHAR      NOT NULL,
    occurred_on      DATE         NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (opportunity_id, position)
);

CREATE TABLE opportunity_next_step (
    opportunity_id VARCHAR(64)  NOT NULL REFERENCES opportunity (opportunity_id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    next_step_id   VARCHAR(64)  NOT NULL,
    description    VARCHAR      NOT NULL,
    goal           VARCHAR      NOT NULL,
    due_on         DATE         NOT NULL,
    customer_owner VARCHAR      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    result         VARCHAR,
    agreed_on      DATE         NOT NULL,
    settled_on     DATE,
    PRIMARY KEY (opportunity_id, position)
);

CREATE TABLE opportunity_history (
    opportunity_id VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL,
    event_type     VARCHAR(100) NOT NULL,
    summary        VARCHAR      NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on    DATE         NOT NULL,
    details        VARCHAR      NOT NULL,
    PRIMARY KEY (opportunity_id, version)
);
