package dev.cairn.maturity.assess;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Readers derived from one {@link AssessmentEvidence}, one per type, each built by the first evaluator that
 * asks; a second caller waits for the first rather than building it again.
 */
public final class SharedReaders {
    private final Map<Class<?>, Once<?>> built = new ConcurrentHashMap<>();

    <T> T get(Class<T> type, Supplier<T> build) {
        // computeIfAbsent only registers the holder: the build runs outside the map's lock, so that building one
        // reader may ask for another.
        return type.cast(built.computeIfAbsent(type, t -> new Once<>(build)).get());
    }

    private static final class Once<T> {
        private final Supplier<T> build;
        private T value;

        Once(Supplier<T> build) {
            this.build = build;
        }

        synchronized T get() {
            if (value == null) {
                value = build.get();
            }
            return value;
        }
    }
}
