package dev.cairn.maturity.catalog;

import java.util.List;

/** The shape every catalog text must have: present, one paragraph, no stray whitespace. */
final class Texts {
    private Texts() {}

    /** Adds a problem to {@code problems} unless {@code text} is a non-blank single paragraph; true if it is. */
    static boolean requireParagraph(String field, String text, List<String> problems) {
        String problem = null;
        if (text == null || text.isBlank()) {
            problem = field + " missing";
        } else if (text.contains("\n") || text.contains("\r")) {
            problem = field + " must be one paragraph on one line";
        } else if (!text.equals(text.strip())) {
            problem = field + " has leading or trailing whitespace";
        }
        if (problem != null) {
            problems.add(problem);
        }
        return problem == null;
    }

    /** A paragraph that reads as prose: it ends with a full stop. */
    static void requireSentences(String field, String text, List<String> problems) {
        if (requireParagraph(field, text, problems) && !text.endsWith(".")) {
            problems.add(field + " must end with a full stop");
        }
    }
}
