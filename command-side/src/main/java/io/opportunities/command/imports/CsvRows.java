package io.opportunities.command.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** Reading one CSV file of a data set: its rows with their lines, and the fields of a row as values. */
final class CsvRows {

    private CsvRows() {
    }

    static List<CSVRecord> records(String file, String content, List<String> columns) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> missing = columns.stream().filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidDataSet(file + " lacks the column(s) " + String.join(", ", missing)
                        + "; its header must name " + String.join(", ", columns));
            }
            // an empty line is no row; lines are counted with them, so a row's line is its record number plus one
            return parser.getRecords().stream()
                    .filter(record -> !(record.size() == 1 && record.get(0).isEmpty()))
                    .toList();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidDataSet(file + " is not a CSV file with a header row: " + e.getMessage());
        }
    }

    /** The field of that column, or empty when the row is too short to have it. */
    static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    /** The line of the row in its file: the header is line 1. */
    static int line(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }

    /** A digest of the row as it was read: the same row gives the same one. */
    static String fingerprint(CSVRecord record) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String value : record) {
                digest.update(value.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    static BigDecimal decimal(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String value) {
        BigDecimal number = decimal(value);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
