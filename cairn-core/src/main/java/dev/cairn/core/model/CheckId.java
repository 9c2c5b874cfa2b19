package dev.cairn.core.model;

import java.util.regex.Pattern;

/**
 * A stable check identifier such as {@code K8S-001}. The prefix names the input a check judges
 * (see PRODUCT.md, "Conventions"); numbers are never reused.
 */
public record CheckId(String value) implements Comparable<CheckId> {
    private static final Pattern FORM = Pattern.compile("(K8S|DKR|CI|REPO|GIT|CLU|CAIRN|CEL)-\\d{3}");

    public CheckId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a check id: '" + value + "' (expected e.g. K8S-001)");
        }
    }

    public static CheckId of(String value) {
        return new CheckId(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(CheckId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
