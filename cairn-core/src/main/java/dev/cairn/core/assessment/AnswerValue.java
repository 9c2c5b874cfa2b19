package dev.cairn.core.assessment;

import java.util.Locale;
import java.util.Optional;

/** The four answers a self-assessment question takes ({@code .cairn/assessment.yaml}). */
public enum AnswerValue {
    YES, PARTIAL, NO, NOT_APPLICABLE;

    /** The spelling in the answers file: {@code yes}, {@code partial}, {@code no}, {@code not-applicable}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AnswerValue> parse(String text) {
        for (AnswerValue v : values()) {
            if (v.wireName().equals(text)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
