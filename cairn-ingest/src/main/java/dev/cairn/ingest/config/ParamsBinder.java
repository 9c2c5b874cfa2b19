package dev.cairn.ingest.config;

import dev.cairn.core.config.ConfigException;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a check's {@code params:} mapping to its typed parameter record with Jackson, rejecting unknown
 * fields and wrong types, and maps Jackson's property path back to the YAML line.
 */
final class ParamsBinder {
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // "labels: owner" means the list of that one label
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    <P extends Record> P bind(String display, YNode node, Class<P> type) {
        YMap map = ConfigLoader.mapping(display, node, "params of a check");
        try {
            return mapper.convertValue(plain(map), type);
        } catch (IllegalArgumentException | DatabindException e) {
            DatabindException cause = e instanceof DatabindException d ? d
                    : e.getCause() instanceof DatabindException d ? d : null;
            YNode at = map;
            String field = null;
            if (cause != null && !cause.getPath().isEmpty()) {
                field = cause.getPath().get(0).getPropertyName();
                if (field != null) {
                    YMap m = map;
                    at = m.entry(field).map(en -> (YNode) en.key()).orElse(map);
                }
            }
            String fields = String.join(", ", java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).toList());
            String what = field == null ? "invalid parameters" : "invalid parameter '" + field + "'";
            String reason = recordReason(e);
            if (reason == null && field != null) {
                reason = expectedShape(type, field);
            }
            throw new ConfigException(display, at.span(), what + (reason == null ? "" : ": " + reason)
                    + " (expected fields: " + fields + ")");
        }
    }

    /**
     * A float as written: {@code 1.30} stays {@code "1.30"} when a string field receives it (a version, say),
     * and still converts to a double field. Special values ({@code .inf}, {@code .nan}) fall back to Double.
     */
    private static Object decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return Double.valueOf(text);
        }
    }

    /** What a known field takes, for a value of the wrong shape; null for a field the record does not have. */
    private static String expectedShape(Class<? extends Record> type, String field) {
        for (var component : type.getRecordComponents()) {
            if (component.getName().equals(field)) {
                Class<?> t = component.getType();
                if (List.class.isAssignableFrom(t)) return "must be a list, such as [ a, b ]";
                if (t == boolean.class || t == Boolean.class) return "must be true or false";
                if (t == int.class || t == Integer.class || t == long.class || t == Long.class) return "must be a whole number";
                if (t == double.class || t == Double.class || t == BigDecimal.class) return "must be a number";
                if (t == String.class) return "must be text";
                return null;
            }
        }
        return null;
    }

    /** The message of an IllegalArgumentException a record's constructor threw to reject a value, if any. */
    private static String recordReason(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && !(t instanceof DatabindException) && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return null;
    }

    static Object plain(YNode node) {
        return switch (node) {
            case YMap m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.entries().forEach(e -> out.put(e.key().text(), plain(e.value())));
                yield out;
            }
            case YSeq s -> {
                List<Object> out = new ArrayList<>();
                s.items().forEach(i -> out.add(plain(i)));
                yield out;
            }
            case YScalar s -> switch (s.type()) {
                case NULL -> null;
                case BOOL -> s.isTrue();
                case INT -> s.asLong().orElse(null);
                case FLOAT -> decimal(s.text().replace("_", ""));
                case STRING -> s.text();
            };
        };
    }
}
