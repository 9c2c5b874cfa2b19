package dev.cairn.core.config;

import dev.cairn.core.model.Span;
import java.time.LocalDate;

/**
 * An accepted risk: findings of one check at a path glob or on one object do not count until the expiry.
 *
 * @param check   id or slug
 * @param path    a glob, or null when {@code object} is set
 * @param object  {@code Kind/namespace/name} or {@code Kind/name}, or null when {@code path} is set
 * @param expires null for no expiry
 * @param span    where the waiver is written in {@code .cairn.yaml}
 */
public record Waiver(String check, String path, String object, String reason, String owner, LocalDate expires,
        Span span) {

    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }
}
