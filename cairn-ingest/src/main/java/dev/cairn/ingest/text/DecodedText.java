package dev.cairn.ingest.text;

import dev.cairn.core.check.ParseProblem;

/**
 * The outcome of decoding a file: either its text or why it is not UTF-8.
 *
 * @param text    the decoded text without a leading BOM; null when {@code problem} is set
 * @param problem where the first invalid byte is; null when the bytes are valid UTF-8
 */
public record DecodedText(String text, ParseProblem problem) {
    public boolean ok() {
        return problem == null;
    }
}
