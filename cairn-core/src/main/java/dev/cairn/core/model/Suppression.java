package dev.cairn.core.model;

import java.time.LocalDate;

/** Records that and why a finding is suppressed; owner and expiry come from waivers only. */
public record Suppression(SuppressionKind kind, String reason, String owner, LocalDate expires) {
    public static Suppression annotation(String reason) {
        return new Suppression(SuppressionKind.ANNOTATION, reason, null, null);
    }
}
