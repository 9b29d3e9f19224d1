package io.opportunities.benchmark;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the event store up to a size, fast: copies of the deals the backend itself recorded over HTTP, each copy with
 * every id in its events' payloads and metadata (the deal's, its buying actions', next steps', correlation and
 * causation ids) replaced by new ones, so that each copy is a deal of its own with the very events the backend
 * stores, written with COPY while the backend is down. Copies are written a thousand at a time with their events
 * interleaved (the first event of each, then the second of each, ...), as deals that progress side by side are in a
 * real store: a projection's batch then meets many deals, not a few whole ones. Events of one copy keep their order.
 */
final class EventCloner {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HexFormat HEX = HexFormat.of();
    /** How many copies are written side by side, their events interleaved. */
    private static final int INTERLEAVED = 1000;

    private record Event(long sequence, String type, String metaData, String payload, String revision,
                         String payloadType, String timeStamp) {
    }

    private EventCloner() {
    }

    /**
     * Adds copies of the template deals until the store holds at least {@code opportunities} deals and
     * {@code events} events; answers the ids of the new deals.
     */
    static List<String> fill(String database, Set<String> templates, long opportunities, long events)
            throws SQLException {
        try (Connection connection = BenchmarkPostgres.connect(database)) {
            Map<String, List<Event>> deals = templates(connection, templates);
            long storedDeals = count(connection, "SELECT count(DISTINCT aggregateIdentifier) FROM DomainEventEntry "
                    + "WHERE type = 'Opportunity'");
            long storedEvents = count(connection, "SELECT count(*) FROM DomainEventEntry");
            List<String> added = new ArrayList<>();
            List<Map.Entry<String, List<Event>>> shapes = List.copyOf(deals.entrySet());
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                        payload, payloadRevision, payloadType, timeStamp) FROM STDIN""");
            try {
                StringBuilder rows = new StringBuilder(1 << 20);
                for (int next = 0; storedDeals < opportunities || storedEvents < events; ) {
                    // a group of deals recorded side by side, as a team's deals progress over the same weeks: their
                    // events interleave in the store, each deal's in its own order
                    List<List<String>> group = new ArrayList<>();
                    for (int i = 0; i < INTERLEAVED && (storedDeals < opportunities || storedEvents < events); i++) {
                        Map.Entry<String, List<Event>> shape = shapes.get(next++ % shapes.size());
                        String deal = UUID.randomUUID().toString();
                        Map<String, String> ids = new HashMap<>(Map.of(shape.getKey(), deal));
                        List<String> lines = new ArrayList<>();
                        for (Event event : shape.getValue()) {
                            lines.add(deal + '\t' + event.sequence() + '\t' + event.type() + '\t' + UUID.randomUUID()
                                    + '\t' + bytea(renamed(event.metaData(), ids)) + '\t'
                                    + bytea(renamed(event.payload(), ids)) + '\t'
                                    + (event.revision() == null ? "\\N" : event.revision()) + '\t'
                                    + event.payloadType() + '\t' + event.timeStamp() + '\n');
                        }
                        group.add(lines);
                        added.add(deal);
                        storedDeals++;
                        storedEvents += lines.size();
                    }
                    for (int index = 0; ; index++) {
                        boolean any = false;
                        for (List<String> deal : group) {
                            if (index < deal.size()) {
                                rows.append(deal.get(index));
                                any = true;
                            }
                        }
                        if (!any) {
                            break;
                        }
                        if (rows.length() > (1 << 20)) {
                            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                            copy.writeToCopy(bytes, 0, bytes.length);
                            rows.setLength(0);
                        }
                    }
                }
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("VACUUM ANALYZE DomainEventEntry");
            }
            return added;
        }
    }

    /** The events of the template deals, by deal, in order. */
    private static Map<String, List<Event>> templates(Connection connection, Set<String> templates)
            throws SQLException {
        Map<String, List<Event>> deals = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT aggregateIdentifier, sequenceNumber, type, metaData, payload, payloadRevision, payloadType,
                       timeStamp
                FROM DomainEventEntry WHERE type = 'Opportunity' ORDER BY aggregateIdentifier, sequenceNumber""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String deal = rows.getString(1);
                if (templates.contains(deal)) {
                    deals.computeIfAbsent(deal, first -> new ArrayList<>()).add(new Event(rows.getLong(2),
                            rows.getString(3), new String(rows.getBytes(4), StandardCharsets.UTF_8),
                            new String(rows.getBytes(5), StandardCharsets.UTF_8), rows.getString(6),
                            rows.getString(7), rows.getString(8)));
                }
            }
        }
        return deals;
    }

    /** The text with every id replaced by the copy's own, the same id by the same new one. */
    private static String renamed(String text, Map<String, String> ids) {
        Matcher id = UUID_TEXT.matcher(text);
        StringBuilder renamed = new StringBuilder(text.length());
        while (id.find()) {
            id.appendReplacement(renamed, ids.computeIfAbsent(id.group(), old -> UUID.randomUUID().toString()));
        }
        return id.appendTail(renamed).toString();
    }

    /** A bytea value as COPY's text format reads it. */
    private static String bytea(String text) {
        return "\\\\x" + HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
