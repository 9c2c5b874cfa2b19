package dev.cairn.maturity.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A self-assessment question, answered yes, partial, no or not-applicable ({@link dev.cairn.core.assessment.AnswerValue}).
 *
 * @param id          the key in {@code .cairn/assessment.yaml}: the criterion id, or the criterion id and a
 *                    kebab-case suffix when the criterion asks several questions ({@code PEO-9.k8s-basics})
 * @param criterionId the criterion the answer counts for
 * @param text        the question, ending with a question mark
 * @param help        what counts as yes and what as partial
 */
public record Question(String id, String criterionId, String text, String help) {
    private static final Pattern SUFFIX = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Question {
        List<String> problems = new ArrayList<>();
        if (criterionId == null) {
            problems.add("criterion id missing");
        } else if (id == null || !(id.equals(criterionId) || isSuffixedId(id, criterionId))) {
            problems.add("id must be " + criterionId + " or " + criterionId + ".<kebab-case-suffix>, not " + id);
        }
        if (Texts.requireParagraph("text", text, problems) && !text.endsWith("?")) {
            problems.add("text must end with a question mark");
        }
        Texts.requireSentences("help", help, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid question " + id + ": " + String.join("; ", problems));
        }
    }

    /** Whether this is one of several questions of its criterion, told apart by a suffix. */
    public boolean hasSuffix() {
        return !id.equals(criterionId);
    }

    private static boolean isSuffixedId(String id, String criterionId) {
        return id.startsWith(criterionId + ".") && SUFFIX.matcher(id.substring(criterionId.length() + 1)).matches();
    }
}
