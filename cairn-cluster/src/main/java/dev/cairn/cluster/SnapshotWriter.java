package dev.cairn.cluster;

import dev.cairn.ingest.cluster.SnapshotHeader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Writes a {@link ClusterRead} as a snapshot: a {@code kind: List} as {@code kubectl get -o yaml} writes
 * one, whose {@link SnapshotHeader} annotations carry the context, server version, time and what could not
 * be read. Strings that YAML 1.1 would read as something else ({@code yes}, {@code on}, {@code 0755}) are
 * quoted, because Kubernetes and cairn read YAML with the 1.1 rules.
 */
public final class SnapshotWriter {
    private SnapshotWriter() {}

    public static String write(ClusterRead read) {
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put(SnapshotHeader.CONTEXT, read.context());
        if (read.serverVersion() != null) {
            annotations.put(SnapshotHeader.SERVER_VERSION, read.serverVersion());
        }
        if (read.namespace() != null) {
            annotations.put(SnapshotHeader.NAMESPACE, read.namespace());
        }
        annotations.put(SnapshotHeader.READ_AT, read.readAt().toString());
        if (!read.notRead().isEmpty()) {
            annotations.put(SnapshotHeader.NOT_READ, String.join("\n", read.notRead()) + "\n");
        }
        if (!read.kindsNotRead().isEmpty()) {
            annotations.put(SnapshotHeader.KINDS_NOT_READ, String.join(",", read.kindsNotRead()));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("apiVersion", "v1");
        list.put("kind", "List");
        list.put("metadata", Map.of("annotations", annotations));
        list.put("items", List.copyOf(read.objects()));
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setWidth(Integer.MAX_VALUE)
                .setSchema(new Yaml11Schema())
                .build();
        return new Dump(settings).dumpToString(list);
    }

    /** Tells the emitter which plain scalars YAML 1.1 would not read back as strings, so that it quotes them. */
    private static final class Yaml11Schema implements Schema {
        @Override
        public ScalarResolver getScalarResolver() {
            return Yaml11Schema::resolve;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }

        private static Tag resolve(String value, Boolean implicit) {
            if (!Boolean.TRUE.equals(implicit)) {
                return Tag.STR;
            }
            return switch (dev.cairn.core.yaml.ScalarResolver.resolvePlain(value)) {
                case BOOL -> Tag.BOOL;
                case INT -> Tag.INT;
                case FLOAT -> Tag.FLOAT;
                case NULL -> Tag.NULL;
                case STRING -> Tag.STR;
            };
        }
    }
}
