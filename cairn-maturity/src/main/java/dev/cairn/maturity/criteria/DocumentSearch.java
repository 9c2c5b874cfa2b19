package dev.cairn.maturity.criteria;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "A document about X", the repository evidence of the document-based criteria: the team's own documents
 * (Markdown, AsciiDoc, reStructuredText, plain text) found by path and searched for words, with the matching
 * lines as evidence a person can open. Vendored folders, licence and dependency lists are not the team's
 * documents; change logs record what changed rather than how the team works; resources shipped with the
 * code, test data and examples describe something else than the team's own practice; a generated document
 * (a "generated ... do not edit" line at its top) was written by a tool: all are left out.
 */
public final class DocumentSearch {
    private static final Pattern DOCUMENT = Pattern.compile("(?i)\\.(md|markdown|adoc|asciidoc|rst|txt)$");
    private static final Pattern NOT_OURS = Pattern.compile("(?i)(^|/)(vendor|node_modules|third[-_]party|examples?|samples?)/"
            + "|(^|/)(licen[cs]e|notice|copying|authors|requirements|constraints|cmakelists|changelog|changes|history"
            + "|release[-_]?notes)[^/]*$"
            + "|(^|/)src/(main|test)/resources/|(^|/)(tests?|testdata|fixtures|examples?|samples?)/");
    private static final Pattern GENERATED = Pattern.compile("(?i)generated\\b.*\\bdo not edit");
    private static final int GENERATED_MARK_LINES = 5;

    private final RepositoryFiles files;
    private final List<SourcePath> documents;

    /** The documents of this evidence, found once and shared by every evaluator that searches them. */
    public static DocumentSearch of(AssessmentEvidence evidence) {
        return evidence.shared(DocumentSearch.class, e -> new DocumentSearch(e.files()));
    }

    public DocumentSearch(RepositoryFiles files) {
        this.files = files;
        this.documents = files.paths().stream()
                .filter(p -> DOCUMENT.matcher(p.value()).find() && !NOT_OURS.matcher(p.value()).find())
                .filter(p -> files.text(p).filter(DocumentSearch::written).isPresent())
                .toList();
    }

    /** Not generated: no "generated ... do not edit" mark in the first lines. */
    private static boolean written(List<String> lines) {
        return lines.stream().limit(GENERATED_MARK_LINES).noneMatch(l -> GENERATED.matcher(l).find());
    }

    /** Every document, in path order. */
    public List<SourcePath> documents() {
        return documents;
    }

    /** The documents whose path the pattern finds, matched against the lower-cased path. */
    public List<SourcePath> named(Pattern path) {
        return documents.stream().filter(p -> path.matcher(p.value().toLowerCase(Locale.ROOT)).find()).toList();
    }

    /** The lines of any document that match every one of the patterns, in path and line order. */
    public List<TextMatch> lines(Pattern... words) {
        return lines(documents, words);
    }

    /**
     * The lines of the given files that match every one of the patterns, in the files' order; the match
     * position is the first pattern's. A question ("How long are logs kept?") asks rather than states, so
     * lines ending with a question mark never match.
     */
    public List<TextMatch> lines(List<SourcePath> in, Pattern... words) {
        List<TextMatch> out = new ArrayList<>();
        for (SourcePath path : in) {
            List<String> text = files.text(path).orElse(List.of());
            for (int i = 0; i < text.size(); i++) {
                String line = text.get(i);
                if (!line.strip().endsWith("?") && Arrays.stream(words).allMatch(w -> w.matcher(line).find())) {
                    var m = words[0].matcher(line);
                    m.find();
                    out.add(new TextMatch(path, i + 1, m.start() + 1, m.end() + 1, line));
                }
            }
        }
        return out;
    }

    /** A subject a document may cover, e.g. "secrets", and the words that show it does. */
    public record Topic(String name, Pattern words) {}

    /**
     * For each topic, the first line of the given files that mentions it, in the topics' order; a topic that no
     * line mentions is left out.
     */
    public Map<String, TextMatch> topics(List<SourcePath> in, List<Topic> topics) {
        Map<String, TextMatch> found = new LinkedHashMap<>();
        topics.forEach(t -> lines(in, t.words()).stream().findFirst().ifPresent(m -> found.put(t.name(), m)));
        return found;
    }

    /** Evidence for the first {@code max} lines, each summarised as {@code summary}. */
    public static List<EvidenceItem> evidence(List<TextMatch> lines, String summary, int max) {
        return lines.stream().limit(max).map(m -> EvidenceItem.file(m.location(), summary)).toList();
    }

    /** Evidence for a whole file. */
    public static EvidenceItem evidence(SourcePath path, String summary) {
        return EvidenceItem.file(Location.file(path), summary);
    }
}
