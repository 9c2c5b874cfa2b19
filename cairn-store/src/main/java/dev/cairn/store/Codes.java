package dev.cairn.store;

import java.util.Locale;

/** Enum values are stored as the JSON report spells them ({@code in-progress}), so SQL readers see one spelling. */
final class Codes {
    private Codes() {}

    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
