package dev.cairn.checks.schema;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.yaml.ScalarType;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The messages of the schema checks: where in the object, what was found, what the schema wants, how to fix it. */
final class ViolationText {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int MAX_SHOWN = 40;

    private ViolationText() {}

    /** {@code path} leads to the mapping that has the field; {@code known} are the fields it may have. */
    static String unknownField(K8sObject object, List<Object> path, String name, Collection<String> known) {
        String in = path.isEmpty() ? "at the top level" : "in " + display(path);
        Optional<String> suggestion = Suggestions.closest(name, known);
        return "unknown field \"" + name + "\" " + in + " of " + describe(object)
                + suggestion.map(s -> ": did you mean \"" + s + "\"?")
                        .orElse(": " + object.ref().apiVersion() + " " + object.kind()
                                + " has no such field at this level; fix its name or level, or remove it");
    }

    /** {@code path} leads to the value; {@code expected} are the types the schema allows there. */
    static String wrongType(K8sObject object, List<Object> path, YNode value, List<JsonType> expected) {
        return display(path) + " of " + describe(object) + " must be "
                + String.join(" or ", expected.stream().map(JsonType::article).toList())
                + ", not " + found(value) + ": " + hint(value, expected);
    }

    private static String hint(YNode node, List<JsonType> expected) {
        if (node instanceof YScalar s) {
            if (expected.contains(JsonType.STRING) && s.type() != ScalarType.STRING) {
                return "quote it (\"" + shown(s.text()) + "\"), or the API server rejects the object";
            }
            if (s.type() == ScalarType.STRING && isQuotedLiteralOf(s.text(), expected)) {
                return "remove the quotes, or the API server rejects the object";
            }
        }
        if (node instanceof YMap && expected.contains(JsonType.ARRAY)) {
            return "write it as a list (\"- \" items), or the API server rejects the object";
        }
        return "the API server rejects the object";
    }

    /** {@code "3"} where an integer is expected, {@code "true"} where a boolean is. */
    private static boolean isQuotedLiteralOf(String text, List<JsonType> expected) {
        boolean number = expected.contains(JsonType.NUMBER);
        return (number || expected.contains(JsonType.INTEGER)) && text.matches("-?[0-9]+")
                || number && text.matches("-?[0-9]*\\.[0-9]+")
                || expected.contains(JsonType.BOOLEAN) && (text.equals("true") || text.equals("false"));
    }

    private static String found(YNode node) {
        return switch (node) {
            case YMap m -> "a mapping";
            case YSeq s -> "a list";
            case YScalar s -> switch (s.type()) {
                case STRING -> "the string \"" + shown(s.text()) + "\"";
                case INT -> "the integer " + shown(s.text());
                case FLOAT -> "the number " + shown(s.text());
                case BOOL -> "the boolean " + shown(s.text());
                case NULL -> "null";
            };
        };
    }

    private static String shown(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }

    private static String describe(K8sObject object) {
        var ref = object.ref();
        return ref.kind() + " " + (ref.namespace() == null ? "" : ref.namespace() + "/") + ref.name();
    }

    /** {@code spec.template.spec.containers[0].ports}, with unusual keys bracketed. */
    private static String display(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else if (PLAIN_KEY.matcher((String) step).matches()) {
                out.append(out.isEmpty() ? "" : ".").append(step);
            } else {
                out.append("[\"").append(step).append("\"]");
            }
        }
        return out.toString();
    }
}
