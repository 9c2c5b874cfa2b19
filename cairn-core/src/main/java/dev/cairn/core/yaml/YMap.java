package dev.cairn.core.yaml;

import dev.cairn.core.model.Span;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A mapping in source order. Later duplicate keys win, as in the Kubernetes YAML decoder. */
public final class YMap implements YNode {
    private final Map<String, YEntry> entries;
    private final Span span;
    private final String pointer;

    public YMap(Map<String, YEntry> entries, Span span, String pointer) {
        // Never handed out, so no unmodifiable wrapper: lookups are the hottest path of every check.
        this.entries = new LinkedHashMap<>(entries);
        this.span = span;
        this.pointer = pointer;
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public String pointer() {
        return pointer;
    }

    public Collection<YEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public int size() {
        return entries.size();
    }

    public Optional<YEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Optional<YNode> get(String key) {
        YEntry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public Optional<YMap> map(String key) {
        return get(key).flatMap(YNode::asMap);
    }

    public Optional<YSeq> seq(String key) {
        return get(key).flatMap(YNode::asSeq);
    }

    public Optional<YScalar> scalar(String key) {
        return get(key).flatMap(YNode::asScalar);
    }

    /** The non-null string value of a scalar entry. */
    public Optional<String> string(String key) {
        return scalar(key).flatMap(YScalar::string);
    }

    /** Follows a path of mapping keys, e.g. {@code path("metadata", "annotations")}. */
    public Optional<YNode> path(String... keys) {
        Optional<YNode> node = Optional.of(this);
        for (String key : keys) {
            node = node.flatMap(YNode::asMap).flatMap(m -> m.get(key));
        }
        return node;
    }

    @Override
    public String toString() {
        return "YMap" + entries.keySet() + "@" + pointer;
    }
}
