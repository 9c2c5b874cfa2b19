package dev.cairn.checks.schema;

import dev.cairn.checks.KubernetesSchemas;
import dev.cairn.checks.template.Placeholders;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates one object against the schema of its {@code apiVersion} and {@code kind} by walking its YAML
 * tree beside the compiled schema, so that each problem is found at the node it concerns. Only two kinds of
 * problem are kept, both of which the API server acts on: a field the kind does not have, and a value of the
 * wrong JSON type ({@link JsonType#of} says how kubectl types a YAML value). Everything that could make a
 * false positive is left out: {@code status}, nulls (Kubernetes reads a null as an absent field), the values
 * of labels and annotations, field names starting with {@code x-kubernetes-} or {@code $} (schema extensions
 * and patch directives, not object fields), and template placeholders ({@link Placeholders}) that are
 * replaced before anything is applied.
 */
final class SchemaViolations {
    enum Kind { UNKNOWN_FIELD, WRONG_TYPE }

    /**
     * One problem: for an unknown field {@code node} is its key; for a wrong type {@code entry} is the
     * {@code key: value} when the value sits in a mapping, and {@code node} the value itself otherwise.
     */
    record Violation(Kind kind, YNode node, YEntry entry, String message) {}

    /**
     * By apiVersion, then kind: compiled on the first object of each kind (empty when cairn has no schema for
     * it), then shared by every scan thread (the nodes are immutable). Two levels, so that the per-object
     * lookup hashes the object's own strings instead of a new {@code apiVersion + kind} key.
     */
    private static final ConcurrentHashMap<String, ConcurrentHashMap<String, Optional<FieldSchema>>> COMPILED =
            new ConcurrentHashMap<>();

    /**
     * Both schema checks judge the same object one after the other on the same thread; the last result is
     * kept so that the object is validated once. It holds one object per scan thread.
     */
    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(YMap root, List<Violation> violations) {}

    private SchemaViolations() {}

    static boolean applies(K8sObject object) {
        return schema(object.ref().apiVersion(), object.kind()).isPresent();
    }

    static List<Violation> of(K8sObject object) {
        Memo memo = LAST.get();
        if (memo != null && memo.root() == object.root()) {
            return memo.violations();
        }
        List<Violation> found = schema(object.ref().apiVersion(), object.kind())
                .map(schema -> new Walk(object).run(schema))
                .orElse(List.of());
        LAST.set(new Memo(object.root(), found));
        return found;
    }

    static Optional<FieldSchema> schema(String apiVersion, String kind) {
        return COMPILED.computeIfAbsent(apiVersion, v -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> KubernetesSchemas.read(apiVersion, kind).map(SchemaCompiler::compile));
    }

    /** One object's walk; {@code path} holds the keys (strings) and list indices (integers) down to the node. */
    private static final class Walk {
        private final K8sObject object;
        private final List<Object> path = new ArrayList<>();
        private final List<Violation> out = new ArrayList<>();

        Walk(K8sObject object) {
            this.object = object;
        }

        List<Violation> run(FieldSchema schema) {
            for (YEntry e : object.root().entries()) {
                if (!e.key().text().equals("status")) {
                    field(e, schema, false);
                }
            }
            return List.copyOf(out);
        }

        /**
         * {@code inMetadata}: the mapping holding the value is a {@code metadata}; {@code opaque}: the value is
         * the {@code labels} or {@code annotations} mapping there, whose members are not judged. Flags rather
         * than a look at {@code path}, which would cost a comparison of keys at every mapping of every object.
         */
        private void value(YNode node, YEntry entry, FieldSchema schema, boolean inMetadata, boolean opaque) {
            JsonType type = JsonType.of(node);
            if (!schema.accepts(type)) {
                wrongType(node, entry, schema);
            } else if (node instanceof YMap map && !opaque) {
                for (YEntry e : map.entries()) {
                    field(e, schema, inMetadata);
                }
            } else if (node instanceof YSeq seq && schema.items() != null) {
                List<YNode> items = seq.items();
                for (int i = 0; i < items.size(); i++) {
                    path.add(i);
                    value(items.get(i), null, schema.items(), false, false);
                    path.removeLast();
                }
            }
        }

        /** One entry of a mapping whose schema is {@code parent}; {@code inMetadata} when that mapping is a metadata. */
        private void field(YEntry entry, FieldSchema parent, boolean inMetadata) {
            String name = entry.key().text();
            FieldSchema schema = parent.property(name);
            if (schema == null && parent.closed()) {
                unknownField(entry, parent);
                return;
            }
            if (schema == null) {
                schema = parent.others();
            }
            if (schema != null) {
                path.add(name);
                value(entry.value(), entry, schema, name.equals("metadata"),
                        inMetadata && (name.equals("labels") || name.equals("annotations")));
                path.removeLast();
            }
        }

        private void unknownField(YEntry entry, FieldSchema parent) {
            String name = entry.key().text();
            if (name.startsWith("x-kubernetes-") || name.startsWith("$") || Placeholders.isPlaceholder(name)) {
                return;
            }
            out.add(new Violation(Kind.UNKNOWN_FIELD, entry.key(), entry,
                    ViolationText.unknownField(object, path, name, parent.fieldNames())));
        }

        private void wrongType(YNode node, YEntry entry, FieldSchema schema) {
            if (node instanceof YScalar s && s.isNull() || Placeholders.isPlaceholder(node)) {
                return;
            }
            out.add(new Violation(Kind.WRONG_TYPE, node, entry,
                    ViolationText.wrongType(object, path, node, schema.types())));
        }
    }
}
