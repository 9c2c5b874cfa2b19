package dev.cairn.ingest.config;

import dev.cairn.core.config.ConfigException;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
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
            throw new ConfigException(display, at.span(), what + " (expected fields: " + fields + ")");
        }
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
                case FLOAT -> Double.valueOf(s.text().replace("_", ""));
                case STRING -> s.text();
            };
        };
    }
}
