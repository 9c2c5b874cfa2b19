package dev.cairn.core.repo;

import dev.cairn.core.config.Glob;
import dev.cairn.core.model.SourcePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository's files as evidence for the criteria: every path discovery kept, and the text of the
 * small files whose words can matter (documents, build files, scripts, configuration). Texts are read
 * once by ingest; evaluators search them here without touching the disk.
 *
 * @param paths every discovered file, sorted
 * @param texts the lines of the files that were read as text, by path
 */
public record RepositoryFiles(List<SourcePath> paths, Map<SourcePath, List<String>> texts) {
    private static final Map<String, Glob> COMPILED = new ConcurrentHashMap<>();

    public RepositoryFiles {
        paths = List.copyOf(new TreeSet<>(paths));
        texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    public static RepositoryFiles empty() {
        return new RepositoryFiles(List.of(), Map.of());
    }

    /** Files whose path matches any of the globs (as {@code .cairn.yaml} globs: {@code **}, name-only globs). */
    public List<SourcePath> matching(String... globs) {
        return matches(globs).toList();
    }

    /** The first file in path order whose path matches any of the globs; the rest are not looked at. */
    public Optional<SourcePath> first(String... globs) {
        return matches(globs).findFirst();
    }

    private Stream<SourcePath> matches(String... globs) {
        Glob[] compiled = compiled(globs);
        return paths.stream().filter(p -> matchesAny(compiled, p));
    }

    public boolean exists(String... globs) {
        return first(globs).isPresent();
    }

    /**
     * Evaluators ask well over a hundred times per scan, for the same few dozen globs: each is compiled once
     * per process rather than once per question.
     */
    private static Glob[] compiled(String[] globs) {
        Glob[] compiled = new Glob[globs.length];
        for (int i = 0; i < globs.length; i++) {
            compiled[i] = COMPILED.computeIfAbsent(globs[i], Glob::of);
        }
        return compiled;
    }

    private static boolean matchesAny(Glob[] globs, SourcePath path) {
        for (Glob g : globs) {
            if (g.matches(path.value())) {
                return true;
            }
        }
        return false;
    }

    public Optional<List<String>> text(SourcePath path) {
        return Optional.ofNullable(texts.get(path));
    }

    /**
     * Every line of the text files matching the globs where the pattern is found, in path and line order; not
     * where it is found in a comment ({@link TextMatch#inComment}): a line commented out configures nothing.
     */
    public List<TextMatch> grep(Pattern pattern, String... globs) {
        List<TextMatch> out = new ArrayList<>();
        for (SourcePath path : matching(globs)) {
            List<String> lines = texts.get(path);
            if (lines == null) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                if (m.find()) {
                    TextMatch match = new TextMatch(path, i + 1, m.start() + 1, m.end() + 1, lines.get(i));
                    if (!match.inComment()) { // a comment runs to the end of the line: no later match counts either
                        out.add(match);
                    }
                }
            }
        }
        return out;
    }

    /** The first line matching the pattern in the files matching the globs. */
    public Optional<TextMatch> find(Pattern pattern, String... globs) {
        for (SourcePath path : matching(globs)) {
            List<String> lines = texts.get(path);
            if (lines == null) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                if (m.find()) {
                    return Optional.of(new TextMatch(path, i + 1, m.start() + 1, m.end() + 1, lines.get(i)));
                }
            }
        }
        return Optional.empty();
    }
}
