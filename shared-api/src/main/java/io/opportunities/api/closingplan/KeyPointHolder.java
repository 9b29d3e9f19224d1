package io.opportunities.api.closingplan;

import org.jspecify.annotations.Nullable;

/**
 * A person who holds a key point, as push or block, with their relative influence on it (1 to 5) and their concern.
 */
public record KeyPointHolder(String stakeholderId, Stance stance, int influence, @Nullable String concern) {
}
