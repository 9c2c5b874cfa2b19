package dev.cairn.ingest.render;

import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows a rendered node's path through a source tree (a base file, a patch, a values subtree) and stops
 * at the deepest node the source has. List items are matched by {@code name} where both sides name them
 * (containers, env, ports: a patch may reorder or add items), else by index.
 */
public final class TreeWalk {
    private TreeWalk() {}

    /**
     * @param node     the source node reached
     * @param entry    the mapping entry whose value {@code node} is, or null (a list item, the root)
     * @param complete whether every token was found, so {@code node} is the field itself and not a parent
     * @param depth    how many tokens were matched
     */
    public record Match(YNode node, YEntry entry, boolean complete, int depth) {}

    /** Splits an RFC 6901 pointer into unescaped tokens; {@code ""} is the root. */
    public static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The tokens of {@code pointer} below {@code rootPointer}, or empty when it is not below it. */
    public static Optional<List<String>> relative(String rootPointer, String pointer) {
        if (!pointer.startsWith(rootPointer) || pointer.length() > rootPointer.length() && pointer.charAt(rootPointer.length()) != '/') {
            return Optional.empty();
        }
        return Optional.of(tokens(pointer.substring(rootPointer.length())));
    }

    /**
     * Walks {@code tokens} from {@code rendered} (the rendered counterpart of {@code source}, used to name
     * list items; may be null) and {@code source} together.
     */
    public static Match follow(YNode rendered, YNode source, List<String> tokens) {
        YNode s = source;
        YNode r = rendered;
        YEntry entry = null;
        int depth = 0;
        for (String token : tokens) {
            YNode nextSource = null;
            YNode nextRendered = null;
            YEntry nextEntry = null;
            if (s instanceof YMap map) {
                Optional<YEntry> e = map.entry(token);
                if (e.isPresent()) {
                    nextEntry = e.get();
                    nextSource = nextEntry.value();
                }
                nextRendered = r instanceof YMap rm ? rm.get(token).orElse(null) : null;
            } else if (s instanceof YSeq seq && isIndex(token)) {
                int index = Integer.parseInt(token);
                nextRendered = r instanceof YSeq rs && index < rs.items().size() ? rs.items().get(index) : null;
                nextSource = itemFor(seq, index, nextRendered);
            }
            if (nextSource == null) {
                return new Match(s, entry, false, depth);
            }
            s = nextSource;
            r = nextRendered;
            entry = nextEntry;
            depth++;
        }
        return new Match(s, entry, true, depth);
    }

    /** The source item for rendered item {@code index}: the one with the same name, else the same index. */
    private static YNode itemFor(YSeq source, int index, YNode rendered) {
        Optional<String> name = rendered == null ? Optional.empty() : rendered.asMap().flatMap(m -> m.string("name"));
        if (name.isPresent()) {
            for (YNode item : source.items()) {
                if (item.asMap().flatMap(m -> m.string("name")).equals(name)) {
                    return item;
                }
            }
            boolean sourceNamesItems = source.items().stream().anyMatch(i -> i.asMap().flatMap(m -> m.string("name")).isPresent());
            if (sourceNamesItems) {
                return null; // a named item the source does not have: added by something else
            }
        }
        return index < source.items().size() ? source.items().get(index) : null;
    }

    static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
