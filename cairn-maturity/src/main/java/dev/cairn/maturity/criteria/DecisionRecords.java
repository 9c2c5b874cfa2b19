package dev.cairn.maturity.criteria;

import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Architecture decision records among the team's documents ({@link DocumentSearch}): files in the folders
 * adr-tools, log4brains and MADR use ({@code docs/adr/}, {@code doc/adrs/}, {@code docs/decisions/},
 * {@code docs/architecture/decisions/}), or named {@code adr-*} anywhere; searched by topic.
 */
public final class DecisionRecords {
    static final Pattern RECORD = Pattern.compile("(^|/)(adrs?|decisions)/.+|(^|/)adr-[^/]+$");
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,3}|={1,3})\\s+\\S");
    /** An index or a template beside the records is not a decision. */
    private static final Pattern NOT_A_RECORD = Pattern.compile("(?i)(^|/)(readme|index|template|adr-template)[^/]*$");

    private DecisionRecords() {}

    /** Every record, in path order. */
    public static List<SourcePath> all(DocumentSearch documents) {
        return documents.named(RECORD).stream().filter(p -> !NOT_A_RECORD.matcher(p.value()).find()).toList();
    }

    /** The first heading line of each record whose heading names the topic: what the record decides. */
    public static List<TextMatch> titled(DocumentSearch documents, Pattern topic) {
        return firstPerRecord(documents.lines(documents.named(RECORD), topic, HEADING));
    }

    /** The first line of each record that mentions the topic anywhere. */
    public static List<TextMatch> mentioning(DocumentSearch documents, Pattern topic) {
        return firstPerRecord(documents.lines(documents.named(RECORD), topic));
    }

    private static List<TextMatch> firstPerRecord(List<TextMatch> matches) {
        List<TextMatch> out = new ArrayList<>();
        Set<SourcePath> seen = new HashSet<>();
        for (TextMatch m : matches) {
            if (seen.add(m.path())) {
                out.add(m);
            }
        }
        return out;
    }
}
