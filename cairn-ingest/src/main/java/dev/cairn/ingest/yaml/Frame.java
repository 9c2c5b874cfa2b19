package dev.cairn.ingest.yaml;

import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mapping or sequence being built, with the {@code <<} merge keys it has seen. */
final class Frame {
    final boolean mapping;
    final boolean flow;
    /** Offset of the collection's first character (its anchor or tag, if it has one). */
    final int start;
    final String pointer;
    final String anchor;
    final ArrayList<YNode> items;
    final LinkedHashMap<String, YEntry> entries;
    /** The key waiting for its value; null when the next node is a key. */
    YScalar key;
    boolean mergeKey;
    int keyStart;
    /** Collection levels below this one, to bound the depth of alias copies of it. */
    int height;
    /** Offset just past the last child, where a block collection ends. */
    int end = -1;
    LinkedHashMap<String, YEntry> merged;
    int mergeAt;
    int mergeOffset;

    Frame(boolean mapping, boolean flow, int start, String pointer, String anchor) {
        this.mapping = mapping;
        this.flow = flow;
        this.start = start;
        this.pointer = pointer;
        this.anchor = anchor;
        this.items = mapping ? null : new ArrayList<>();
        this.entries = mapping ? new LinkedHashMap<>() : null;
    }

    boolean expectsKey() {
        return mapping && key == null;
    }

    /** The mappings a {@code <<} value merges, or null when it is neither a mapping nor a list of them. */
    static List<YMap> mergeSources(YNode value) {
        if (value instanceof YMap m) {
            return List.of(m);
        }
        if (value instanceof YSeq s) {
            List<YMap> maps = new ArrayList<>(s.items().size());
            for (YNode item : s.items()) {
                if (!(item instanceof YMap m)) return null;
                maps.add(m);
            }
            return maps;
        }
        return null;
    }

    /** Within one {@code <<} list earlier mappings win; a later {@code <<} key wins over an earlier one, like any duplicate key. */
    void merge(List<YMap> sources) {
        LinkedHashMap<String, YEntry> these = new LinkedHashMap<>();
        for (YMap m : sources) {
            for (YEntry e : m.entries()) {
                these.putIfAbsent(e.key().text(), e);
            }
        }
        if (merged == null) {
            merged = new LinkedHashMap<>();
            mergeAt = entries.size();
            mergeOffset = keyStart;
        }
        merged.putAll(these);
    }

    /**
     * The mapping's entries. Merged keys that no explicit key overrides go where the first {@code <<}
     * was, copied under this mapping's pointer. Null when those copies exceed the alias budget.
     */
    Map<String, YEntry> finishEntries(NodeCopier copier) {
        if (merged == null) {
            return entries;
        }
        LinkedHashMap<String, YEntry> out = LinkedHashMap.newLinkedHashMap(entries.size() + merged.size());
        int i = 0;
        for (Map.Entry<String, YEntry> e : entries.entrySet()) {
            if (i++ == mergeAt && !addMerged(copier, out)) return null;
            out.put(e.getKey(), e.getValue());
        }
        if (mergeAt >= entries.size() && !addMerged(copier, out)) return null;
        return out;
    }

    private boolean addMerged(NodeCopier copier, Map<String, YEntry> out) {
        for (YEntry e : merged.values()) {
            String k = e.key().text();
            if (entries.containsKey(k)) continue;
            String p = YNode.childPointer(pointer, k);
            YNode value = copier.copy(e.value(), p);
            if (value == null) return false;
            out.put(k, new YEntry(new YScalar(k, e.key().type(), e.key().span(), p), value));
        }
        return true;
    }
}
