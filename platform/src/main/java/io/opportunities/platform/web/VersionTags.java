package io.opportunities.platform.web;

/**
 * An opportunity's version as an HTTP entity tag, in one format for both sides: the query side sends it as the
 * detail's {@code ETag}, the command side answers with it and reads it back from {@code If-Match}.
 */
public final class VersionTags {

    private VersionTags() {
    }

    /**
     * The version a client expects from its {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}), or null
     * when it sent none (or {@code *}): then any version will do.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw BadRequest.of("Invalid If-Match",
                "If-Match must carry an opportunity version as returned in an ETag, e.g. \"3\".");
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
