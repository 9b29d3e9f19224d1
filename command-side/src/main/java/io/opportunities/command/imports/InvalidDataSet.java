package io.opportunities.command.imports;

/** The data set cannot be read at all: a file is not CSV, or lacks a column of the format. Nothing is stored. */
final class InvalidDataSet extends RuntimeException {

    InvalidDataSet(String message) {
        super(message);
    }
}
