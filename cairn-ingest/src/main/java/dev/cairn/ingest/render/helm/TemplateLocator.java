package dev.cairn.ingest.render.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a rendered field's line in a Helm template, which is text, not YAML: it follows the field's keys
 * down the template's indentation (skipping lines that hold only template actions), counts list items for
 * indices, and stops at the deepest key it finds. It also reads the {@code .Values} references on that
 * line and in the actions of its block ({@code toYaml .Values.resources}), so that a value can be traced
 * to the values file that set it.
 */
final class TemplateLocator {
    private static final Pattern VALUES_REF = Pattern.compile("\\.Values((?:\\.[A-Za-z_][A-Za-z0-9_-]*)+)");
    private static final Pattern WITH_VALUES = Pattern.compile("\\{\\{-?\\s*with\\s+\\.Values((?:\\.[A-Za-z_][A-Za-z0-9_-]*)+)");

    private final List<String> lines;

    TemplateLocator(List<String> lines) {
        this.lines = lines;
    }

    /** Lines {@code [from, to)} of one YAML document of the template. */
    record Region(int from, int to) {}

    /**
     * @param line   0-based line of the deepest key found
     * @param column 0-based column of that key
     * @param depth  how many tokens were found
     * @param refs   {@code .Values} paths on that line (for a value written there)
     * @param blockRefs {@code .Values} paths whose YAML the template inserts below that key ({@code toYaml})
     */
    record Match(int line, int column, int depth, boolean complete, List<List<String>> refs, List<List<String>> blockRefs) {}

    /** The {@code ordinal}-th document of the template whose {@code kind:} line names {@code kind}, else the first. */
    Region region(String kind, int ordinal) {
        List<Region> documents = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).strip().equals("---")) {
                if (i > start) documents.add(new Region(start, i));
                start = i + 1;
            }
        }
        if (documents.isEmpty()) {
            return new Region(0, lines.size());
        }
        Pattern kindLine = Pattern.compile("^kind:\\s*[\"']?" + Pattern.quote(kind) + "[\"']?\\s*(#.*)?$");
        List<Region> ofKind = documents.stream()
                .filter(r -> lines.subList(r.from(), r.to()).stream().anyMatch(l -> kindLine.matcher(l).matches())).toList();
        if (ofKind.isEmpty()) {
            return documents.get(0);
        }
        return ofKind.get(Math.min(ordinal, ofKind.size() - 1));
    }

    /** The first line of YAML in the region (usually {@code apiVersion:}). */
    int objectStart(Region region) {
        for (int i = region.from(); i < region.to(); i++) {
            if (isContent(lines.get(i))) return i;
        }
        return region.from();
    }

    Match locate(Region region, List<String> tokens) {
        int start = objectStart(region);
        int cursor = start - 1;
        int parentIndent = -1;
        int blockEnd = region.to();
        boolean onItem = false;
        int found = start;
        int column = indent(lines.get(Math.min(start, lines.size() - 1)));
        int depth = 0;
        for (String token : tokens) {
            if (isIndex(token)) {
                int item = item(cursor, blockEnd, parentIndent, Integer.parseInt(token));
                if (item < 0) break;
                cursor = item;
                parentIndent = indent(lines.get(item));
                blockEnd = blockEnd(item, parentIndent, blockEnd);
                onItem = true;
                found = item;
                column = keyIndent(lines.get(item)); // the item's mapping starts after "- ", as in a YAML file
            } else {
                int key = key(cursor, onItem, blockEnd, parentIndent, token);
                if (key < 0) break;
                cursor = key;
                parentIndent = keyIndent(lines.get(key));
                blockEnd = blockEnd(key, parentIndent, blockEnd);
                onItem = false;
                found = key;
                column = parentIndent;
            }
            depth++;
        }
        return new Match(found, column, depth, depth == tokens.size(), refs(lines.get(found)), blockRefs(found));
    }

    /** The {@code n}-th list item ({@code - }) directly below the cursor. */
    private int item(int cursor, int blockEnd, int parentIndent, int n) {
        int itemIndent = -1;
        int seen = 0;
        for (int i = cursor + 1; i < blockEnd; i++) {
            String line = lines.get(i);
            if (!isContent(line)) continue;
            int indent = indent(line);
            boolean dash = line.stripLeading().startsWith("-");
            if (itemIndent < 0) {
                if (!dash || indent < parentIndent) return -1;
                itemIndent = indent;
            }
            if (indent < itemIndent) return -1;
            if (indent == itemIndent && dash) {
                if (seen++ == n) return i;
            }
        }
        return -1;
    }

    /** The line of {@code token:} among the direct children of the cursor's block. */
    private int key(int cursor, boolean onItem, int blockEnd, int parentIndent, String token) {
        int childIndent = -1;
        for (int i = onItem ? cursor : cursor + 1; i < blockEnd; i++) {
            String line = lines.get(i);
            if (!isContent(line)) continue;
            int indent = keyIndent(line);
            if (i == cursor && onItem) {
                childIndent = indent;
            } else if (indent <= parentIndent) {
                return -1;
            } else if (childIndent < 0) {
                childIndent = indent;
            }
            if (indent == childIndent && keyOf(line).equals(token)) return i;
        }
        return -1;
    }

    /** Where the block of the key or item at {@code line} ends: the next line of YAML indented no deeper. */
    private int blockEnd(int line, int indent, int outerEnd) {
        boolean item = lines.get(line).stripLeading().startsWith("-");
        for (int i = line + 1; i < outerEnd; i++) {
            String l = lines.get(i);
            if (!isContent(l)) continue;
            int ind = indent(l);
            boolean dash = l.stripLeading().startsWith("-");
            if (ind < indent || ind == indent && (item || !dash)) return i;
        }
        return outerEnd;
    }

    private List<List<String>> blockRefs(int line) {
        List<List<String>> out = new ArrayList<>();
        int indent = keyIndent(lines.get(line));
        boolean dotInserted = false;
        for (int i = line + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (isContent(l)) {
                if (indent(l) <= indent) break;
                continue;
            }
            out.addAll(refs(l));
            dotInserted |= l.matches(".*toYaml\\s+\\.\\s.*|.*toYaml\\s+\\.\\s*}}.*");
        }
        if (dotInserted && line > 0) {
            Matcher with = WITH_VALUES.matcher(lines.get(line - 1));
            if (with.find()) out.add(path(with.group(1)));
        }
        return out;
    }

    static List<List<String>> refs(String line) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = VALUES_REF.matcher(line);
        while (m.find()) out.add(path(m.group(1)));
        return out;
    }

    private static List<String> path(String dotted) {
        return List.of(dotted.substring(1).split("\\."));
    }

    /** YAML the template writes itself: not blank, not a comment, not a line that is only template actions. */
    static boolean isContent(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) return false;
        return !(t.startsWith("{{") && t.endsWith("}}") && !t.replaceAll("\\{\\{.*?}}", "").contains(":"));
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** The column a key starts at: after the dash of a list item's first key. */
    private static int keyIndent(String line) {
        String t = line.stripLeading();
        if (!t.startsWith("-")) return indent(line);
        String rest = t.substring(1);
        return indent(line) + 1 + (rest.length() - rest.stripLeading().length());
    }

    static String keyOf(String line) {
        String t = line.strip();
        if (t.startsWith("-")) t = t.substring(1).strip();
        int colon = t.indexOf(':');
        if (colon <= 0) return "";
        String key = t.substring(0, colon).strip();
        if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
            key = key.substring(1, key.length() - 1);
        }
        return key;
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
