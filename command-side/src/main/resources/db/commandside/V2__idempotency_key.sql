-- Security and reliability (issue 6): the commands sent with an Idempotency-Key, each kept with a fingerprint of its
-- request and the command's result, so that a retry with the same key and body gets the original answer and stores
-- nothing. A row is written in the transaction that stores the command's events: both are there, or neither. A key
-- is the client's, so it is unique per user.
CREATE TABLE idempotency_key (
    actor               VARCHAR(100) NOT NULL,
    idempotency_key     VARCHAR(255) NOT NULL,
    request_fingerprint VARCHAR(64)  NOT NULL,
    result_type         VARCHAR(200) NOT NULL,
    result              VARCHAR      NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);
CREATE INDEX ix_idempotency_key_recorded ON idempotency_key (recorded_at);
