package dev.cairn.checks.schema;

import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.Locale;

/** The JSON types a schema names, and the JSON type kubectl gives a YAML node when it converts it. */
enum JsonType {
    STRING("string", "a string"),
    INTEGER("integer", "an integer"),
    NUMBER("number", "a number"),
    BOOLEAN("boolean", "a boolean"),
    OBJECT("object", "a mapping"),
    ARRAY("array", "a list");

    private final String schemaName;
    private final String article;

    JsonType(String schemaName, String article) {
        this.schemaName = schemaName;
        this.article = article;
    }

    /** How a message names the type: "an integer", "a mapping". */
    String article() {
        return article;
    }

    /** The type a schema's {@code type} keyword names, e.g. {@code "integer"}. */
    static JsonType named(String name) {
        for (JsonType t : values()) {
            if (t.schemaName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown JSON type \"" + name + "\"");
    }

    /**
     * The JSON type of a node once kubectl has converted it: scalars as the reader resolved them with the
     * YAML 1.1 rules, and a float with an integral value as an integer (kubectl writes {@code 3.0} as
     * {@code 3}). Null for a YAML null and for a number that JSON cannot hold (an integer beyond 64 bits,
     * {@code .inf}, {@code .nan}, {@code 1.0e+400}): no type accepts it.
     */
    static JsonType of(YNode node) {
        return switch (node) {
            case YMap m -> OBJECT;
            case YSeq s -> ARRAY;
            case YScalar s -> switch (s.type()) {
                case STRING -> STRING;
                case BOOL -> BOOLEAN;
                case INT -> s.asLong().isPresent() ? INTEGER : null;
                case FLOAT -> ofFloat(s.text());
                case NULL -> null;
            };
        };
    }

    private static JsonType ofFloat(String text) {
        String t = text.replace("_", "").toLowerCase(Locale.ROOT);
        if (t.contains("inf") || t.contains("nan")) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                return null; // beyond the range of a double: JSON has no such number either
            }
            return v == Math.rint(v) ? INTEGER : NUMBER;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
