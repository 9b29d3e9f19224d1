-- Security and reliability (issue 6): each history entry names the request it came from (correlation id, shared by
-- every event of one request or one import) and the command that caused it (causation id), from the event's
-- metadata. Events stored before carry neither: the columns stay null for them after a rebuild.

ALTER TABLE opportunity_history ADD COLUMN correlation_id VARCHAR(64);
ALTER TABLE opportunity_history ADD COLUMN causation_id VARCHAR(64);
