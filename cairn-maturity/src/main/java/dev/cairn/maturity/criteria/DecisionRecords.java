package dev.cairn.maturity.criteria;

import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.core.repo.TextMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Architecture decision records: Markdown or AsciiDoc files in the folders adr-tools, log4brains and MADR
 * use ({@code docs/adr/}, {@code doc/adr/}, {@code docs/decisions/}, {@code docs/architecture/decisions/}),
 * or named {@code ADR-*} / {@code adr-*} anywhere.
 */
public final class DecisionRecords {
    static final String[] GLOBS = {"**/adr/**/*.md", "**/adrs/**/*.md", "**/decisions/**/*.md", "**/adr/**/*.adoc",
            "**/decisions/**/*.adoc", "ADR-*.md", "adr-*.md"};
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,3}|={1,3})\\s+\\S");

    private DecisionRecords() {}

    /** The first heading line of each record whose heading names the topic: what the record decides. */
    public static List<TextMatch> titled(RepositoryFiles files, Pattern topic) {
        return firstPerRecord(files.grep(topic, GLOBS).stream().filter(m -> HEADING.matcher(m.text()).find()).toList());
    }

    /** The first line of each record that mentions the topic anywhere. */
    public static List<TextMatch> mentioning(RepositoryFiles files, Pattern topic) {
        return firstPerRecord(files.grep(topic, GLOBS));
    }

    private static List<TextMatch> firstPerRecord(List<TextMatch> matches) {
        List<TextMatch> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextMatch m : matches) {
            if (seen.add(m.path().value())) {
                out.add(m);
            }
        }
        return out;
    }
}
