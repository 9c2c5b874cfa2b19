package dev.cairn.ingest.yaml;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.ingest.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

/**
 * Reads a YAML stream into {@link dev.cairn.core.yaml.YNode} trees the way Kubernetes would read it,
 * without ever throwing: whatever cannot be read becomes a {@link ParseProblem}. After a syntax error
 * it resumes at the next document marker, so one broken document does not hide the others.
 * Stateless and thread-safe.
 */
public final class YamlReader {
    /** Resumptions after errors per file; beyond this a file is more noise than YAML. */
    static final int MAX_RECOVERIES = 100;
    private static final int MAX_CONTEXT = 60;

    private final YamlLimits limits;
    /**
     * One set of SnakeYAML settings for every file: building them (and the scalar resolver's patterns) per file
     * cost a few percent of reading. They are immutable; each parse makes its own scanner and parser. Our
     * messages carry no file label (the finding's location does), so none is set.
     */
    private final LoadSettings settings;

    public YamlReader(YamlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.settings = LoadSettings.builder()
                .setUseMarks(true)
                .setAllowDuplicateKeys(true)
                // We copy aliases ourselves and bound that with maxAliasExpansion.
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setCodePointLimit(limits.codePointLimit())
                .build();
    }

    public YamlReader() {
        this(YamlLimits.defaults());
    }

    public YamlFile read(SourcePath path, String text) {
        if (text.isEmpty()) {
            return new YamlFile(path, List.of(), List.of());
        }
        Positions positions = new Positions(text);
        List<ParseProblem> problems = new ArrayList<>();
        List<Integer> deep = FlowNestingGuard.deepLines(text, limits.maxDepth());
        List<Integer> blanked = new ArrayList<>();
        if (!deep.isEmpty()) {
            text = FlowNestingGuard.blankDocuments(text, deep, blanked);
        }
        TreeBuilder builder = new TreeBuilder(positions, limits);
        try {
            int start = 0;
            for (int recoveries = 0; ; recoveries++) {
                Failure failure = parseSegment(settings, builder, text, start);
                if (failure == null) break;
                problems.add(new ParseProblem(positions.point(failure.offset), failure.message, builder.brokenDocument()));
                int next = resumeOffset(text, positions.lines(), failure.offset, start);
                if (next >= 0 && isDirective(text, positions.lines(), failure.offset) && isMarker(text, next, '-')) {
                    // The directives belong to the document the marker starts: skip that one too.
                    next = resumeOffset(text, positions.lines(), next + 3, start);
                }
                if (next < 0) break;
                if (recoveries == MAX_RECOVERIES) {
                    problems.add(new ParseProblem(positions.point(next),
                            "too many YAML errors: stopped after " + MAX_RECOVERIES + " recoveries", null));
                    break;
                }
                start = next;
            }
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort: a bug here or in SnakeYAML must cost this file, never the scan.
            problems.add(new ParseProblem(positions.point(builder.lastOffset()),
                    "could not read YAML: " + oneLine(String.valueOf(e)), null));
        }
        List<YDocument> documents = builder.documents();
        if (!deep.isEmpty()) {
            documents = dropBlanked(documents, deep, blanked, positions, problems);
        }
        problems.sort(java.util.Comparator.comparing(ParseProblem::span));
        return new YamlFile(path, documents, problems);
    }

    /** Replaces each blanked document by a depth problem carrying its index, as the tree builder would. */
    private List<YDocument> dropBlanked(List<YDocument> documents, List<Integer> deep, List<Integer> blanked,
            Positions positions, List<ParseProblem> problems) {
        List<YDocument> kept = new ArrayList<>(documents);
        for (int i = 0; i < deep.size(); i++) {
            Integer index = null;
            if (i < blanked.size()) {
                var start = positions.point(blanked.get(i));
                for (YDocument d : documents) {
                    if (d.root() != null && d.root().span().startLine() == start.startLine()
                            && d.root().span().startColumn() == start.startColumn()) {
                        index = d.index();
                        kept.remove(d);
                    }
                }
            }
            problems.add(new ParseProblem(positions.point(deep.get(i)),
                    "nesting deeper than " + limits.maxDepth() + " levels", index));
        }
        return kept;
    }

    /** Feeds the events of the text from {@code start} to the builder; null when the stream ends cleanly. */
    private static Failure parseSegment(LoadSettings settings, TreeBuilder builder, String text, int start) {
        builder.startSegment(start);
        try {
            for (Event event : new Parse(settings).parseReader(new GuardedReader(text, start))) {
                builder.accept(event);
            }
            return null;
        } catch (DocumentAbort e) {
            return new Failure(e.offset, e.getMessage());
        } catch (MarkedYamlEngineException e) {
            int at = builder.offset(e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark());
            return new Failure(at, describe(e));
        } catch (YamlVersionException e) {
            int at = lineStartingWith(text, builder.lines(), builder.lastOffset(), "%YAML");
            return new Failure(at, "unsupported YAML version " + e.getSpecVersion().getRepresentation());
        } catch (ReaderException e) {
            return new Failure(builder.offsetOfCodePoint(e.getPosition()),
                    String.format("%s (U+%04X)", oneLine(e.getMessage()), e.getCodePoint()));
        } catch (YamlEngineException e) {
            // Unmarked, e.g. the code point limit: the last position we saw is the best we have.
            return new Failure(builder.lastOffset(), oneLine(e.getMessage()));
        }
    }

    /**
     * Where to resume after an error: the next line that starts with {@code ---}, or the line after a
     * {@code ...} marker. Such lines always delimit documents, whatever the broken one contained. An
     * error right at the start of a {@code ---} line means the document before it ran into the marker,
     * so that line itself is a fresh start. -1 when there is nothing left to try.
     */
    static int resumeOffset(String text, LineIndex lines, int errorOffset, int segmentStart) {
        int line = lines.line(errorOffset);
        if (errorOffset == lines.lineStart(line)) {
            if (isMarker(text, errorOffset, '-') && errorOffset > segmentStart) return errorOffset;
            if (isMarker(text, errorOffset, '.')) return lineAfter(text, lines, line);
        }
        for (int l = line + 1; l <= lines.lineCount(); l++) {
            int s = lines.lineStart(l);
            if (isMarker(text, s, '-')) return s;
            if (isMarker(text, s, '.')) return lineAfter(text, lines, l);
        }
        return -1;
    }

    private static boolean isDirective(String text, LineIndex lines, int offset) {
        int s = lines.lineStart(lines.line(offset));
        return s < text.length() && text.charAt(s) == '%';
    }

    /** The first line from the one holding {@code from} that starts with {@code prefix}, else {@code from}. */
    private static int lineStartingWith(String text, LineIndex lines, int from, String prefix) {
        for (int l = lines.line(from); l <= lines.lineCount(); l++) {
            if (text.startsWith(prefix, lines.lineStart(l))) return lines.lineStart(l);
        }
        return from;
    }

    private static int lineAfter(String text, LineIndex lines, int line) {
        return line < lines.lineCount() && lines.lineStart(line + 1) < text.length() ? lines.lineStart(line + 1) : -1;
    }

    /** {@code ---} or {@code ...} at {@code at}, followed by white space or the end of the text. */
    private static boolean isMarker(String text, int at, char c) {
        int n = text.length();
        if (at + 3 > n || text.charAt(at) != c || text.charAt(at + 1) != c || text.charAt(at + 2) != c) {
            return false;
        }
        if (at + 3 == n) return true;
        char next = text.charAt(at + 3);
        return next == ' ' || next == '\t' || next == '\r' || next == '\n';
    }

    /** SnakeYAML's problem on one line, with its context when that is short enough to help. */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() != null ? oneLine(e.getProblem()) : oneLine(e.getMessage());
        String context = e.getContext();
        if (context != null && !context.isBlank() && context.length() <= MAX_CONTEXT) {
            return problem + " (" + oneLine(context) + ")";
        }
        return problem;
    }

    private static String oneLine(String s) {
        if (s == null) return "unknown error";
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private record Failure(int offset, String message) {}
}
