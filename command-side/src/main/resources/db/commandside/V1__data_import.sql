-- The command side's own table: the imports of historical data, with their progress and report. The imported facts
-- themselves are events; this only tells an administrator how an import went.
CREATE TABLE data_import (
    import_id   VARCHAR(64)  NOT NULL,
    source      VARCHAR(100) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    started_by  VARCHAR(100) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    deals_total INTEGER      NOT NULL,
    deals_done  INTEGER      NOT NULL,
    -- the report as JSON: the counts, the quirks with their lines, the rejected and skipped rows
    report      VARCHAR      NOT NULL,
    PRIMARY KEY (import_id)
);
CREATE INDEX ix_data_import_started ON data_import (started_at);
