package dev.cairn.testkit;

/** One finding a fixture expects: check id, file, line and a substring of the message. */
public record Expectation(String checkId, String path, int line, String messagePart) {
    @Override
    public String toString() {
        return path + ":" + line + " " + checkId + " \"" + messagePart + "\"";
    }
}
