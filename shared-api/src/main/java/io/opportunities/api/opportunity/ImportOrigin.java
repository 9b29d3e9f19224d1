package io.opportunities.api.opportunity;

/**
 * Where an imported deal came from: the source it was taken from, the deal's id there, the line of its row, and a
 * fingerprint of the row's content, which tells a second import of the same row from a row changed since.
 */
public record ImportOrigin(String source, String externalId, int line, String fingerprint) {
}
