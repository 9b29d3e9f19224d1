package io.opportunities.platform.events;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dates and instants of stored events as they are written ({@code 2026-10-01},
 * {@code 2026-10-01T09:30:00.123456Z}) digit by digit; any other form goes to Jackson's own deserializers. Every
 * projection reads every event, so {@code DateTimeFormatter}'s general parser took a tenth of a rebuild's time.
 */
public final class FastDates extends SimpleModule {

    public FastDates() {
        super("fast-dates");
        addDeserializer(LocalDate.class, new Dates());
        addDeserializer(Instant.class, new Instants());
    }

    private static final class Dates extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                LocalDate date = date(parser.getString());
                if (date != null) {
                    return date;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }
    }

    private static final class Instants extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                Instant instant = instant(parser.getString());
                if (instant != null) {
                    return instant;
                }
            }
            return (Instant) InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }

    /** {@code yyyy-MM-dd}, or null for any other form (or an impossible date, which Jackson then reports). */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other form. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate date = date(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21; // the digits between '.' and 'Z'
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second)
                .toInstant(ZoneOffset.UTC).plusNanos(nanos);
    }

    /** The number written by the digits from {@code from} to {@code to}, or -1 where one is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
