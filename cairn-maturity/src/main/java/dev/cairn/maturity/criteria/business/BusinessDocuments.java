package dev.cairn.maturity.criteria.business;

import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The documents the Business criteria look for, by path: decision records (the folders adr-tools, log4brains
 * and MADR use, numbered files), and whether a document puts things in order (a numbered list, phases or
 * waves, dated milestones).
 */
final class BusinessDocuments {
    static final Pattern DECISION_RECORD = Pattern.compile(
            "(^|/)(adrs?|decisions|architecture/decisions)/(adr-)?\\d{3,4}[-_][^/]+\\.(md|markdown|adoc|rst)$");
    /** A numbered list item, a phase, wave or stage heading, or a dated milestone (2027-03, Q2 2027). */
    static final Pattern SEQUENCE = Pattern.compile(
            "^\\s{0,3}\\d+[.)]\\s+\\S|(?i)\\b(phase|wave|stage|step|milestone)\\s+\\d+\\b|\\b20\\d\\d-[01]\\d\\b|\\bQ[1-4]\\s*20\\d\\d\\b");

    private BusinessDocuments() {}

    /** The lines of the documents that put their content in order, in path and line order. */
    static List<TextMatch> sequence(DocumentSearch docs, List<SourcePath> in) {
        return docs.lines(in, SEQUENCE);
    }
}
