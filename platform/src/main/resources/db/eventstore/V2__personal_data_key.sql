-- Security and reliability (issue 6): one key per person (data subject, e.g. a stakeholder), with which the events
-- encrypt that person's personal data. Erasing a person deletes their key: the events stay, their personal data in
-- them can no longer be read (crypto-shredding). The row stays, without its secret, to say when.
CREATE TABLE personal_data_key (
    subject_id VARCHAR(255)             NOT NULL,
    secret     BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (subject_id)
);
