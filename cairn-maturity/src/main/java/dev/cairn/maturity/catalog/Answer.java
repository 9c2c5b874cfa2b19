package dev.cairn.maturity.catalog;

import java.util.Locale;
import java.util.Optional;

/** What a person answers to a self-assessment question in {@code .cairn/assessment.yaml}. */
public enum Answer {
    YES, PARTIAL, NO, NOT_APPLICABLE;

    /** The spelling in the assessment file and in JSON, e.g. {@code not-applicable}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Answer> ofId(String id) {
        for (Answer a : values()) {
            if (a.id().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
