package dev.cairn.ingest.yaml;

import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.ScalarResolver;
import dev.cairn.core.yaml.ScalarType;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.text.LineIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Builds the YNode tree from parser events with an explicit stack, so nesting depth is bounded by
 * {@link YamlLimits#maxDepth()} rather than by the Java stack. Depth, alias and merge handling follow
 * go-yaml v2, the decoder behind {@code kubectl}. One instance serves a whole file; after a parse
 * error the reader resumes in a new segment and document indexes carry on.
 */
final class TreeBuilder {
    private static final int MAX_KEY_SNIPPET = 200;
    private static final String YAML_TAG = "tag:yaml.org,2002:";

    private final Positions positions;
    private final int maxDepth;
    private final int maxAliasExpansion;
    private final NodeCopier copier;
    private final List<YDocument> documents = new ArrayList<>();
    private final ArrayList<Frame> stack = new ArrayList<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private int base;
    private int lastOffset;
    private int nextIndex;
    private int index;
    private boolean inDocument;
    private int documentStart;
    private YNode root;

    TreeBuilder(Positions positions, YamlLimits limits) {
        this.positions = positions;
        this.maxDepth = limits.maxDepth();
        this.maxAliasExpansion = limits.maxAliasExpansion();
        this.copier = new NodeCopier(limits.maxAliasExpansion());
    }

    List<YDocument> documents() {
        return documents;
    }

    LineIndex lines() {
        return positions.lines();
    }

    /** Starts a segment whose marks count from {@code offset}, a line start in the text. */
    void startSegment(int offset) {
        base = positions.codePointIndex(offset);
        lastOffset = offset;
        inDocument = false;
        stack.clear();
        root = null;
    }

    /** The furthest offset any event reached, for errors SnakeYAML reports without a mark. */
    int lastOffset() {
        return lastOffset;
    }

    /** Index of the document an error breaks: the open one, or else the next one, which it uses up. */
    int brokenDocument() {
        if (inDocument) {
            inDocument = false;
            return index;
        }
        return nextIndex++;
    }

    /** The text offset of a mark of this segment; no mark means where we last were. */
    int offset(Optional<Mark> mark) {
        if (mark.isEmpty()) {
            return lastOffset;
        }
        int at = positions.offset(base + mark.get().getIndex());
        if (at > lastOffset) lastOffset = at;
        return at;
    }

    /** The text offset of a code point index counted from the segment start. */
    int offsetOfCodePoint(int segmentCodePoint) {
        return positions.offset(base + segmentCodePoint);
    }

    void accept(Event e) {
        switch (e.getEventId()) {
            case DocumentStart -> startDocument(e);
            case DocumentEnd -> endDocument(e);
            case Scalar -> scalar((ScalarEvent) e);
            case Alias -> alias((AliasEvent) e);
            case MappingStart -> open((CollectionStartEvent) e, true);
            case SequenceStart -> open((CollectionStartEvent) e, false);
            case MappingEnd, SequenceEnd -> close(e);
            default -> { }
        }
    }

    private void startDocument(Event e) {
        index = nextIndex++;
        inDocument = true;
        documentStart = offset(e.getStartMark());
        root = null;
        stack.clear();
        anchors.clear();
        copier.reset();
    }

    private void endDocument(Event e) {
        int end = offset(e.getEndMark());
        // SnakeYAML gives an empty document an empty plain scalar; the model wants no root.
        YNode r = root instanceof YScalar s && s.text().isEmpty() && s.isNull() && isPoint(s.span()) ? null : root;
        documents.add(new YDocument(index, r, positions.span(documentStart, end)));
        inDocument = false;
        root = null;
    }

    private void scalar(ScalarEvent e) {
        int start = offset(e.getStartMark());
        int end = offset(e.getEndMark());
        String value = e.getValue();
        Frame top = top();
        YScalar node;
        if (top != null && top.expectsKey()) {
            node = new YScalar(value, typeOf(e), positions.span(start, end), YNode.childPointer(top.pointer, value));
            top.mergeKey = isMergeKey(e);
            top.keyStart = start;
        } else {
            node = new YScalar(value, typeOf(e), positions.span(start, end), childPointer());
        }
        if (e.getAnchor().isPresent()) {
            anchors.put(e.getAnchor().get().getValue(), new Anchored(node, 0));
        }
        attach(node, 0, end);
    }

    private void alias(AliasEvent e) {
        int start = offset(e.getStartMark());
        int end = offset(e.getEndMark());
        String name = e.getAlias().getValue();
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw new DocumentAbort((isOpen(name) ? "recursive alias *" : "undefined alias *") + name, start);
        }
        Frame top = top();
        if (top != null && top.expectsKey()) {
            top.key = anchored.node instanceof YScalar s
                    ? new YScalar(s.text(), s.type(), s.span(), YNode.childPointer(top.pointer, s.text()))
                    : complexKey(start, end, top);
            top.end = end;
            return;
        }
        if (stack.size() + anchored.height > maxDepth) {
            throw new DocumentAbort(depthMessage(), start);
        }
        if (top != null && top.mergeKey && Frame.mergeSources(anchored.node) != null) {
            // The merge re-points the values it takes; copying here as well would be wasted.
            attach(anchored.node, anchored.height, end);
            return;
        }
        YNode copy = copier.copy(anchored.node, childPointer());
        if (copy == null) {
            throw new DocumentAbort(bombMessage(), start);
        }
        attach(copy, anchored.height, end);
    }

    private void open(CollectionStartEvent e, boolean mapping) {
        int start = offset(e.getStartMark());
        if (stack.size() >= maxDepth) {
            throw new DocumentAbort(depthMessage(), start);
        }
        String anchor = e.getAnchor().map(a -> a.getValue()).orElse(null);
        stack.add(new Frame(mapping, e.isFlow(), start, childPointer(), anchor));
    }

    private void close(Event e) {
        Frame f = stack.removeLast();
        // A block collection ends with its last child; SnakeYAML's end mark is the next token,
        // which may be lines further on, past comments.
        int end = f.flow || f.end < 0 ? offset(e.getEndMark()) : f.end;
        Span span = positions.span(f.start, end);
        YNode node;
        if (f.mapping) {
            Map<String, YEntry> entries = f.finishEntries(copier);
            if (entries == null) {
                throw new DocumentAbort(bombMessage(), f.mergeOffset);
            }
            node = new YMap(entries, span, f.pointer);
        } else {
            node = new YSeq(f.items, span, f.pointer);
        }
        if (f.anchor != null) {
            anchors.put(f.anchor, new Anchored(node, f.height + 1));
        }
        Frame parent = top();
        if (parent != null && parent.expectsKey()) {
            parent.key = complexKey(f.start, end, parent);
            parent.end = end;
            return;
        }
        attach(node, f.height + 1, end);
    }

    private void attach(YNode node, int height, int end) {
        Frame f = top();
        if (f == null) {
            root = node;
            return;
        }
        f.end = end;
        if (height > f.height) f.height = height;
        if (!f.mapping) {
            f.items.add(node);
        } else if (f.key == null) {
            f.key = (YScalar) node; // collections and aliases as keys were turned into scalars already
        } else {
            List<YMap> sources = f.mergeKey ? Frame.mergeSources(node) : null;
            if (sources != null) {
                f.merge(sources);
            } else {
                f.entries.put(f.key.text(), new YEntry(f.key, node));
            }
            f.key = null;
            f.mergeKey = false;
        }
    }

    /** A non-scalar key becomes a string key holding its source text, as a diagnostic stand-in. */
    private YScalar complexKey(int start, int end, Frame parent) {
        String text = end - start <= MAX_KEY_SNIPPET ? positions.text().substring(start, Math.max(start, end)) : "<complex key>";
        return new YScalar(text, ScalarType.STRING, positions.span(start, end), YNode.childPointer(parent.pointer, text));
    }

    /** The pointer of the node about to start; a mapping key gets its mapping's, keys having none of their own. */
    private String childPointer() {
        Frame f = top();
        if (f == null) return "";
        if (!f.mapping) return YNode.childPointer(f.pointer, Integer.toString(f.items.size()));
        return f.key == null ? f.pointer : f.key.pointer();
    }

    private Frame top() {
        return stack.isEmpty() ? null : stack.getLast();
    }

    private boolean isOpen(String anchor) {
        for (Frame f : stack) {
            if (anchor.equals(f.anchor)) return true;
        }
        return false;
    }

    private String depthMessage() {
        return "nesting deeper than " + maxDepth + " levels";
    }

    private String bombMessage() {
        return "alias expansion exceeds " + maxAliasExpansion + " nodes (a YAML bomb?)";
    }

    /** Kubernetes' resolution: plain scalars by YAML 1.1 rules, quoted ones are strings, tags decide. */
    static ScalarType typeOf(ScalarEvent e) {
        Optional<String> tag = e.getTag();
        if (tag.isEmpty()) {
            return e.isPlain() ? ScalarResolver.resolvePlain(e.getValue()) : ScalarType.STRING;
        }
        // go-yaml v2 resolves only the standard tags; "!" and custom tags keep the text as a string.
        String t = tag.get();
        return t.startsWith(YAML_TAG) ? ScalarResolver.resolveTagged(t, e.getValue()) : ScalarType.STRING;
    }

    private static boolean isMergeKey(ScalarEvent e) {
        return "<<".equals(e.getValue())
                && (e.getTag().isEmpty() ? e.isPlain() : e.getTag().get().equals(YAML_TAG + "merge"));
    }

    private static boolean isPoint(Span s) {
        return s.startLine() == s.endLine() && s.startColumn() == s.endColumn();
    }

    /** An anchored node and how many collection levels it nests, to bound the depth of its copies. */
    private record Anchored(YNode node, int height) {}
}
