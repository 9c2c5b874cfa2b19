package dev.cairn.core.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's results by text, for values a repository repeats over and over (resource
 * quantities, setting names) that checks judge on every object. Thread-safe for the scan threads. It stops
 * remembering at {@code capacity} entries, so that hostile input cannot grow it without end; past that the
 * function is simply called. Results must be immutable and non-null.
 */
public final class BoundedMemo<V> {
    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<String, V> function;

    public BoundedMemo(int capacity, Function<String, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    public V apply(String text) {
        V value = known.get(text);
        if (value == null) {
            value = function.apply(text);
            if (known.size() < capacity) {
                known.put(text, value);
            }
        }
        return value;
    }
}
