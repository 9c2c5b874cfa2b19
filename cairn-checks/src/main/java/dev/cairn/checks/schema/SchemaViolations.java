package dev.cairn.checks.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import dev.cairn.checks.KubernetesSchemas;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates one object against the schema of its {@code apiVersion} and {@code kind} and maps each error
 * back to the node it concerns, so that findings point at the exact field. Only two kinds of error are
 * kept, both of which the API server acts on: a field the kind does not have, and a value of the wrong
 * JSON type. Everything that could make a false positive is left out: {@code status}, nulls (Kubernetes
 * reads a null as an absent field), the values of labels and annotations, field names starting with
 * {@code x-kubernetes-} or {@code $} (schema extensions and patch directives, not object fields), and
 * template placeholders ({@link Placeholders}) that are replaced before anything is applied.
 *
 * <p>The YAML tree becomes JSON the way kubectl converts it: YAML 1.1 scalars as the reader resolved them,
 * and a float with an integral value as an integer (kubectl writes {@code 3.0} as {@code 3}).
 */
final class SchemaViolations {
    enum Kind { UNKNOWN_FIELD, WRONG_TYPE }

    /**
     * One problem: for an unknown field {@code node} is its key; for a wrong type {@code entry} is the
     * {@code key: value} when the value sits in a mapping, and {@code node} the value itself otherwise.
     */
    record Violation(Kind kind, YNode node, YEntry entry, String message) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int MAX_SHOWN = 40;

    /**
     * Both schema checks judge the same object one after the other on the same thread; the last result is
     * kept so that the object is validated once. It holds one object per scan thread.
     */
    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(YMap root, List<Violation> violations) {}

    private SchemaViolations() {}

    static boolean applies(K8sObject object) {
        return KubernetesSchemas.covers(object.ref().apiVersion(), object.kind());
    }

    static List<Violation> of(K8sObject object) {
        Memo memo = LAST.get();
        if (memo != null && memo.root() == object.root()) {
            return memo.violations();
        }
        List<Violation> found = KubernetesSchemas.of(object.ref().apiVersion(), object.kind())
                .map(schema -> validate(object, schema))
                .orElse(List.of());
        LAST.set(new Memo(object.root(), found));
        return found;
    }

    private static List<Violation> validate(K8sObject object, Schema schema) {
        ObjectNode instance = JSON.objectNode();
        for (YEntry e : object.root().entries()) {
            if (!e.key().text().equals("status")) {
                instance.set(e.key().text(), json(e.value()));
            }
        }
        List<Violation> out = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            String keyword = error.getKeyword();
            if ("additionalProperties".equals(keyword)) {
                unknownField(object, schema, error).ifPresent(out::add);
            } else if ("type".equals(keyword)) {
                wrongType(object, error).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<Violation> unknownField(K8sObject object, Schema schema, Error error) {
        String property = error.getProperty();
        if (property == null || property.startsWith("x-kubernetes-") || property.startsWith("$")
                || Placeholders.isPlaceholder(property)) {
            return Optional.empty();
        }
        Optional<YEntry> entry = at(object.root(), error.getInstanceLocation()).node()
                .flatMap(YNode::asMap).flatMap(m -> m.entry(property));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        NodePath where = error.getInstanceLocation();
        String in = where.getNameCount() == 0 ? "at the top level" : "in " + display(where);
        String message = "unknown field \"" + property + "\" " + in + " of " + describe(object);
        Optional<String> suggestion = Suggestions.closest(property, knownFields(schema, error));
        message += suggestion.map(s -> ": did you mean \"" + s + "\"?")
                .orElse(": " + object.ref().apiVersion() + " " + object.kind()
                        + " has no such field at this level; fix its name or level, or remove it");
        return Optional.of(new Violation(Kind.UNKNOWN_FIELD, entry.get().key(), entry.get(), message));
    }

    /** The field names the schema declares where the unknown one was met (its {@code properties}). */
    private static List<String> knownFields(Schema schema, Error error) {
        NodePath location = error.getSchemaLocation().getFragment();
        JsonNode node = schema.getSchemaNode();
        // The location ends in "additionalProperties"; its parent declares the properties.
        for (int i = 0; i < location.getNameCount() - 1 && node != null; i++) {
            Object element = location.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        JsonNode properties = node == null ? null : node.get("properties");
        return properties == null ? List.of() : List.copyOf(properties.propertyNames());
    }

    private static Optional<Violation> wrongType(K8sObject object, Error error) {
        NodePath where = error.getInstanceLocation();
        if (underLabelsOrAnnotations(where)) {
            return Optional.empty();
        }
        Found found = at(object.root(), where);
        if (found.node().isEmpty() || found.node().get() instanceof YScalar s && s.isNull()) {
            return Optional.empty();
        }
        YNode node = found.node().get();
        if (Placeholders.isPlaceholder(node)) {
            return Optional.empty();
        }
        List<String> expected = new ArrayList<>();
        JsonNode type = error.getSchemaNode();
        if (type != null && type.isArray()) {
            type.forEach(t -> expected.add(t.asString()));
        } else if (type != null && type.isString()) {
            expected.add(type.asString());
        }
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        String message = display(where) + " of " + describe(object) + " must be "
                + String.join(" or ", expected.stream().map(SchemaViolations::article).toList())
                + ", not " + found(node) + ": " + hint(node, expected);
        return Optional.of(new Violation(Kind.WRONG_TYPE, node, found.entry(), message));
    }

    private static boolean underLabelsOrAnnotations(NodePath path) {
        for (int i = 0; i + 2 < path.getNameCount(); i++) {
            if ("metadata".equals(path.getElement(i)) && ("labels".equals(path.getElement(i + 1))
                    || "annotations".equals(path.getElement(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String hint(YNode node, List<String> expected) {
        if (node instanceof YScalar s) {
            if (expected.contains("string") && s.type() != dev.cairn.core.yaml.ScalarType.STRING) {
                return "quote it (\"" + shown(s.text()) + "\"), or the API server rejects the object";
            }
            if (s.type() == dev.cairn.core.yaml.ScalarType.STRING && isQuotedLiteralOf(s.text(), expected)) {
                return "remove the quotes, or the API server rejects the object";
            }
        }
        if (node instanceof YMap && expected.contains("array")) {
            return "write it as a list (\"- \" items), or the API server rejects the object";
        }
        return "the API server rejects the object";
    }

    /** {@code "3"} where an integer is expected, {@code "true"} where a boolean is. */
    private static boolean isQuotedLiteralOf(String text, List<String> expected) {
        return (expected.contains("integer") || expected.contains("number")) && text.matches("-?[0-9]+")
                || expected.contains("number") && text.matches("-?[0-9]*\\.[0-9]+")
                || expected.contains("boolean") && (text.equals("true") || text.equals("false"));
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "string" -> "a string";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "a boolean";
            case "object" -> "a mapping";
            case "array" -> "a list";
            default -> jsonType;
        };
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
    private static String display(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                String key = String.valueOf(element);
                if (PLAIN_KEY.matcher(key).matches()) {
                    out.append(out.isEmpty() ? "" : ".").append(key);
                } else {
                    out.append("[\"").append(key).append("\"]");
                }
            }
        }
        return out.toString();
    }

    /** The node at a path of the object, and the mapping entry that holds it when its parent is a mapping. */
    private record Found(Optional<YNode> node, YEntry entry) {}

    private static Found at(YMap root, NodePath path) {
        YNode node = root;
        YEntry entry = null;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (node instanceof YMap m && !(element instanceof Integer)) {
                entry = m.entry(String.valueOf(element)).orElse(null);
                node = entry == null ? null : entry.value();
            } else if (node instanceof YSeq s && element instanceof Integer index && index < s.items().size()) {
                entry = null;
                node = s.items().get(index);
            } else {
                node = null;
            }
            if (node == null) {
                return new Found(Optional.empty(), null);
            }
        }
        return new Found(Optional.of(node), entry);
    }

    private static JsonNode json(YNode node) {
        return switch (node) {
            case YMap m -> {
                ObjectNode o = JSON.objectNode();
                m.entries().forEach(e -> o.set(e.key().text(), json(e.value())));
                yield o;
            }
            case YSeq s -> {
                ArrayNode a = JSON.arrayNode();
                s.items().forEach(item -> a.add(json(item)));
                yield a;
            }
            case YScalar s -> scalar(s);
        };
    }

    private static JsonNode scalar(YScalar s) {
        return switch (s.type()) {
            case STRING -> JSON.stringNode(s.text());
            case BOOL -> JSON.booleanNode(s.isTrue());
            // An integer beyond 64 bits: no field takes one, and null is never judged.
            case INT -> s.asLong().map(v -> (JsonNode) JSON.numberNode(v)).orElse(JSON.nullNode());
            case FLOAT -> decimal(s.text());
            case NULL -> JSON.nullNode();
        };
    }

    private static JsonNode decimal(String text) {
        String t = text.replace("_", "").toLowerCase(Locale.ROOT);
        if (t.contains("inf") || t.contains("nan")) {
            return JSON.nullNode();
        }
        try {
            double v = Double.parseDouble(t);
            if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
                return JSON.numberNode((long) v);
            }
            return JSON.numberNode(v);
        } catch (NumberFormatException e) {
            return JSON.nullNode();
        }
    }
}
