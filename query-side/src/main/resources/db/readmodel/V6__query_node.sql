-- Security and reliability (issue 6): the query nodes alive now, each with its last heartbeat, so that the nodes
-- sharing one database share each projection's segments fairly (see SegmentBalancer). Not a projection: no event
-- is behind it, and a rebuild leaves it alone.
CREATE TABLE query_node (
    node_id      VARCHAR(64)              NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (node_id)
);
