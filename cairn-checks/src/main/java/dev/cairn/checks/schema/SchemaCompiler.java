package dev.cairn.checks.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns one generated schema (JSON, draft 2020-12) into {@link FieldSchema} nodes. The generator uses only
 * {@code type}, {@code properties}, {@code additionalProperties}, {@code items} and {@code $ref} into the
 * schema's own {@code $defs}; any other keyword is refused rather than ignored, so that a regenerated schema
 * that says more than the validator understands fails the build instead of judging objects wrongly.
 * A definition is compiled once and shared by every reference to it.
 */
final class SchemaCompiler {
    private static final Set<String> ANNOTATIONS = Set.of("$defs", "$schema", "$comment");
    private static final Set<String> ASSERTIONS = Set.of("type", "properties", "additionalProperties", "items");
    private static final String DEFS = "#/$defs/";

    private final JsonNode definitions;
    private final Map<String, FieldSchema> compiled = new HashMap<>();
    private final Set<String> compiling = new HashSet<>();

    private SchemaCompiler(JsonNode definitions) {
        this.definitions = definitions;
    }

    /** Compiles a whole schema document; throws IllegalArgumentException, naming the place, when it cannot. */
    static FieldSchema compile(JsonNode document) {
        return new SchemaCompiler(document.path("$defs")).node(document, "#");
    }

    private FieldSchema node(JsonNode json, String where) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("not a schema at " + where);
        }
        boolean reference = json.has("$ref");
        for (String keyword : json.propertyNames()) {
            if (ASSERTIONS.contains(keyword) && reference) {
                throw new IllegalArgumentException("$ref beside \"" + keyword + "\" at " + where);
            }
            if (!ASSERTIONS.contains(keyword) && !ANNOTATIONS.contains(keyword) && !keyword.equals("$ref")) {
                throw new IllegalArgumentException("unsupported keyword \"" + keyword + "\" at " + where);
            }
        }
        if (reference) {
            return reference(json.get("$ref").asString(), where);
        }
        return new FieldSchema(types(json.get("type"), where), properties(json.get("properties"), where),
                json.path("additionalProperties").isBoolean() && !json.get("additionalProperties").asBoolean(),
                json.path("additionalProperties").isObject()
                        ? node(json.get("additionalProperties"), where + "/additionalProperties") : null,
                json.has("items") ? node(json.get("items"), where + "/items") : null);
    }

    private FieldSchema reference(String ref, String where) {
        if (!ref.startsWith(DEFS) || !definitions.has(ref.substring(DEFS.length()))) {
            throw new IllegalArgumentException("unresolvable $ref \"" + ref + "\" at " + where);
        }
        String name = ref.substring(DEFS.length());
        FieldSchema done = compiled.get(name);
        if (done != null) {
            return done;
        }
        // Kubernetes' built-in kinds have no recursive types; a schema that does needs lazy references here.
        if (!compiling.add(name)) {
            throw new IllegalArgumentException("recursive $ref \"" + ref + "\" at " + where);
        }
        FieldSchema schema = node(definitions.get(name), ref);
        compiling.remove(name);
        compiled.put(name, schema);
        return schema;
    }

    private static List<JsonType> types(JsonNode type, String where) {
        if (type == null) {
            return List.of();
        }
        List<JsonType> types = new ArrayList<>();
        if (type.isString()) {
            types.add(JsonType.named(type.asString()));
        } else if (type.isArray()) {
            type.forEach(t -> types.add(JsonType.named(t.asString())));
        } else {
            throw new IllegalArgumentException("\"type\" is neither a name nor a list at " + where);
        }
        return types;
    }

    private Map<String, FieldSchema> properties(JsonNode properties, String where) {
        if (properties == null) {
            return Map.of();
        }
        Map<String, FieldSchema> fields = new HashMap<>();
        for (var field : properties.properties()) {
            fields.put(field.getKey(), node(field.getValue(), where + "/properties/" + field.getKey()));
        }
        return fields;
    }
}
