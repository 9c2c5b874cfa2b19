package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import java.util.Map;

/**
 * The token permissions a workflow or job declares (GitHub Actions {@code permissions:}).
 *
 * @param scopes scope to level ({@code contents: read}, {@code id-token: write}) in source order; empty for
 *               {@code permissions: {}} (no permissions at all) or when {@code all} is set
 * @param all    {@code read-all} or {@code write-all} when the shorthand is used, else null
 */
public record Permissions(Location location, Map<String, String> scopes, String all) {
    public static final String READ_ALL = "read-all";
    public static final String WRITE_ALL = "write-all";

    public Permissions {
        scopes = Copies.orderedMap(scopes);
    }

    /** The level granted for a scope: {@code read}, {@code write} or {@code none}. */
    public String level(String scope) {
        if (WRITE_ALL.equals(all)) return "write";
        if (READ_ALL.equals(all)) return "read";
        return scopes.getOrDefault(scope, "none");
    }

    public boolean grantsWrite(String scope) {
        return "write".equals(level(scope));
    }

    /** No scope is writable: {@code read-all}, {@code {}} or only {@code read}/{@code none} levels. */
    public boolean isReadOnly() {
        if (all != null) {
            return READ_ALL.equals(all);
        }
        return scopes.values().stream().allMatch(level -> level.equals("read") || level.equals("none"));
    }
}
