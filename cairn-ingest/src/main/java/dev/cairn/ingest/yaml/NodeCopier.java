package dev.cairn.ingest.yaml;

import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Deep-copies a node under a new pointer, so that an alias or merged value reports where it is used;
 * spans stay those of the anchored definition. Iterative, since the copied tree may be deep. Every
 * value node created is charged to a budget (mapping keys travel with their entry and are not counted),
 * and the copy gives up as soon as the budget is spent: this is what defeats a billion-laughs bomb.
 */
final class NodeCopier {
    private final long budget;
    private long used;

    NodeCopier(long budget) {
        this.budget = budget;
    }

    void reset() {
        used = 0;
    }

    /** The copy, or null when it would create more nodes than the budget has left. */
    YNode copy(YNode source, String pointer) {
        if (source instanceof YScalar s) {
            return charge() ? new YScalar(s.text(), s.type(), s.span(), pointer) : null;
        }
        ArrayDeque<Work> stack = new ArrayDeque<>();
        stack.push(new Work(source, pointer));
        while (true) {
            Work w = stack.peek();
            if (w.next < w.children.size()) {
                int i = w.next++;
                String childPointer = YNode.childPointer(w.pointer, w.keys != null ? w.keys.get(i).text() : Integer.toString(i));
                YNode child = w.children.get(i);
                if (child instanceof YScalar s) {
                    if (!charge()) return null;
                    w.done.add(new YScalar(s.text(), s.type(), s.span(), childPointer));
                } else {
                    stack.push(new Work(child, childPointer));
                }
                continue;
            }
            stack.pop();
            if (!charge()) return null;
            YNode built = w.build();
            if (stack.isEmpty()) {
                return built;
            }
            stack.peek().done.add(built);
        }
    }

    private boolean charge() {
        return ++used <= budget;
    }

    /** One collection being copied: its source children and the copies made so far. */
    private static final class Work {
        final YNode source;
        final String pointer;
        final List<YNode> children;
        final List<YScalar> keys;
        final List<YNode> done;
        int next;

        Work(YNode source, String pointer) {
            this.source = source;
            this.pointer = pointer;
            if (source instanceof YMap m) {
                keys = new ArrayList<>(m.size());
                children = new ArrayList<>(m.size());
                for (YEntry e : m.entries()) {
                    keys.add(e.key());
                    children.add(e.value());
                }
            } else {
                keys = null;
                children = ((YSeq) source).items();
            }
            done = new ArrayList<>(children.size());
        }

        YNode build() {
            if (keys == null) {
                return new YSeq(done, source.span(), pointer);
            }
            LinkedHashMap<String, YEntry> entries = LinkedHashMap.newLinkedHashMap(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                YScalar k = keys.get(i);
                YNode v = done.get(i);
                entries.put(k.text(), new YEntry(new YScalar(k.text(), k.type(), k.span(), v.pointer()), v));
            }
            return new YMap(entries, source.span(), pointer);
        }
    }
}
