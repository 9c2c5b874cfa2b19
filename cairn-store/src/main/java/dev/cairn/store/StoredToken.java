package dev.cairn.store;

import java.time.Instant;

/**
 * An API token as the store keeps it: never the token itself, only the SHA-256 of its secret part.
 *
 * @param id           the token's public part, which finds the row
 * @param name         what the token is for, e.g. {@code ci-shop}; unique
 * @param secretSha256 lower-case hexadecimal
 */
public record StoredToken(String id, String name, String secretSha256, Instant createdAt) {}
