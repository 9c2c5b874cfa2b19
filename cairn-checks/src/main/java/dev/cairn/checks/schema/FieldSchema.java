package dev.cairn.checks.schema;

import java.util.List;
import java.util.Map;

/**
 * One node of a compiled Kubernetes schema: the JSON types its value may have and, for a mapping or a
 * list, the schemas of its members. References are resolved when compiling ({@link SchemaCompiler}), so
 * validating an object is a plain walk of its tree beside the schema.
 *
 * @param types      the types the {@code type} keyword allows, in declared order; empty allows any value
 * @param properties the declared fields of a mapping, by name (no order)
 * @param closed     whether a mapping may have no other field ({@code additionalProperties: false})
 * @param others     the schema of every other field (maps such as labels), or null when they are not judged
 * @param items      the schema of a list's items, or null when they are not judged
 */
record FieldSchema(List<JsonType> types, Map<String, FieldSchema> properties, boolean closed, FieldSchema others,
        FieldSchema items) {

    FieldSchema {
        types = List.copyOf(types);
        // An immutable map keeps keys and values in one array: the walk looks up every field of every object.
        properties = Map.copyOf(properties);
        if (closed && others != null) {
            throw new IllegalArgumentException("a closed mapping has no schema for other fields");
        }
    }

    /** Whether a value of this JSON type is allowed; an integer is also a number. Null (no JSON type) never is. */
    boolean accepts(JsonType type) {
        if (types.isEmpty()) {
            return true;
        }
        // asked for every node of every object: a short loop over the one or two declared types, no iterator
        for (int i = 0; i < types.size(); i++) {
            JsonType allowed = types.get(i);
            if (allowed == type || allowed == JsonType.NUMBER && type == JsonType.INTEGER) {
                return true;
            }
        }
        return false;
    }

    /** The declared field names in code point order (the generator's order), for "did you mean" hints. */
    List<String> fieldNames() {
        return properties.keySet().stream().sorted().toList();
    }

    /** The schema of the named field of a mapping, or null when the field is not declared. */
    FieldSchema property(String name) {
        return properties.get(name);
    }
}
