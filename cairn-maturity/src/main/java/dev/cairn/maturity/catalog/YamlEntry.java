package dev.cairn.maturity.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One YAML mapping of the catalog, read strictly: unknown keys, missing fields, wrong types and unknown
 * enum values fail with a message that names the entry ({@code criterion PEO-4: unknown key 'titel'}).
 */
final class YamlEntry {
    private final String source;
    private final String where;
    private final Map<?, ?> map;

    private YamlEntry(String source, String where, Map<?, ?> map) {
        this.source = source;
        this.where = where;
        this.map = map;
    }

    static YamlEntry of(Object node, String source, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new CatalogException(source + ": " + where + ": expected a mapping, found " + kind(node));
        }
        return new YamlEntry(source, where, map);
    }

    /** The same mapping, named differently in messages (once its id is known). */
    YamlEntry named(String name) {
        return new YamlEntry(source, name, map);
    }

    YamlEntry allowOnly(Set<String> keys) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String k) || !keys.contains(k)) {
                throw fail("unknown key '" + key + "' (expected " + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        }
        return this;
    }

    String text(String key) {
        String value = optionalText(key);
        if (value == null) {
            throw fail("'" + key + "' missing");
        }
        return value;
    }

    String optionalText(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw fail("'" + key + "' must be text, found " + kind(value));
        }
        return s;
    }

    List<?> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            throw fail("'" + key + "' missing");
        }
        if (!(value instanceof List<?> list)) {
            throw fail("'" + key + "' must be a list, found " + kind(value));
        }
        return list;
    }

    List<?> optionalList(String key) {
        return map.containsKey(key) ? list(key) : List.of();
    }

    YamlEntry entry(String key) {
        Object value = map.get(key);
        if (value == null) {
            throw fail("'" + key + "' missing");
        }
        return of(value, source, key);
    }

    /** An enum constant spelled in kebab case, as {@code business-outcomes} for {@code BUSINESS_OUTCOMES}. */
    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = text(key);
        for (E constant : type.getEnumConstants()) {
            if (kebab(constant).equals(value)) {
                return constant;
            }
        }
        throw fail("'" + key + "' is '" + value + "', expected one of "
                + List.of(type.getEnumConstants()).stream().map(YamlEntry::kebab).collect(Collectors.joining(", ")));
    }

    /** The keys in file order, for mappings keyed by data (the Level 2 preview's aspects). */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            keys.add(String.valueOf(key));
        }
        return keys;
    }

    CatalogException fail(String message) {
        return new CatalogException(source + ": " + where + ": " + message);
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String kind(Object value) {
        if (value instanceof Map<?, ?>) return "a mapping";
        if (value instanceof List<?>) return "a list";
        if (value == null) return "nothing";
        return "'" + value + "'";
    }
}
