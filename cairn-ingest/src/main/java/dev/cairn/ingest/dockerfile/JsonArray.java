package dev.cairn.ingest.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exec form of an instruction: a JSON array of strings. Docker takes anything that is not valid
 * JSON as shell form ({@code CMD ['app']} with single quotes runs {@code /bin/sh -c "['app']"}), but rejects
 * valid JSON holding something other than strings; both outcomes are kept apart here.
 */
final class JsonArray {
    /** Deeper nesting than this is not an exec form anybody writes; it is read as shell form. */
    private static final int MAX_DEPTH = 64;

    /** The outcome: the strings of a valid array, or why the text is not one. */
    record Result(List<String> strings, boolean notStrings) {
        static final Result NOT_JSON = new Result(null, false);
        static final Result NOT_STRINGS = new Result(null, true);

        boolean ok() {
            return strings != null;
        }
    }

    private final String s;
    private int pos;
    private boolean onlyStrings = true;

    private JsonArray(String s) {
        this.s = s;
    }

    static Result parse(String text) {
        JsonArray p = new JsonArray(text);
        List<String> out = new ArrayList<>();
        p.skipWhitespace();
        if (!p.eat('[') || !p.elements(out) || !p.atEndAfterWhitespace()) {
            return Result.NOT_JSON;
        }
        return p.onlyStrings ? new Result(List.copyOf(out), false) : Result.NOT_STRINGS;
    }

    /** The elements after {@code [} up to and including {@code ]}; strings are collected into {@code out}. */
    private boolean elements(List<String> out) {
        skipWhitespace();
        if (eat(']')) {
            return true;
        }
        while (true) {
            skipWhitespace();
            if (peek() == '"') {
                String str = string();
                if (str == null) return false;
                out.add(str);
            } else {
                onlyStrings = false;
                if (!value(1)) return false;
            }
            skipWhitespace();
            if (eat(']')) return true;
            if (!eat(',')) return false;
        }
    }

    private boolean value(int depth) {
        if (depth > MAX_DEPTH) return false;
        skipWhitespace();
        char c = peek();
        if (c == '"') return string() != null;
        if (c == '[') {
            pos++;
            skipWhitespace();
            if (eat(']')) return true;
            do {
                if (!value(depth + 1)) return false;
                skipWhitespace();
            } while (eat(','));
            return eat(']');
        }
        if (c == '{') {
            pos++;
            skipWhitespace();
            if (eat('}')) return true;
            do {
                skipWhitespace();
                if (string() == null) return false;
                skipWhitespace();
                if (!eat(':') || !value(depth + 1)) return false;
                skipWhitespace();
            } while (eat(','));
            return eat('}');
        }
        return literal("true") || literal("false") || literal("null") || number();
    }

    private String string() {
        if (!eat('"')) return null;
        StringBuilder b = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') return b.toString();
            if (c < 0x20) return null;
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= s.length()) return null;
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) return null;
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(s.charAt(pos++), 16);
                        if (d < 0) return null;
                        code = code * 16 + d;
                    }
                    b.append((char) code);
                }
                default -> { return null; }
            }
        }
        return null;
    }

    private boolean number() {
        int start = pos;
        eat('-');
        if (eat('0')) {
            // a leading zero stands alone
        } else if (!digits()) {
            pos = start;
            return false;
        }
        if (eat('.') && !digits()) return false;
        if (eat('e') || eat('E')) {
            if (!eat('+')) eat('-');
            if (!digits()) return false;
        }
        return true;
    }

    private boolean digits() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') pos++;
        return pos > start;
    }

    private boolean literal(String word) {
        if (s.startsWith(word, pos)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private boolean eat(char c) {
        if (peek() == c && pos < s.length()) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) pos++;
    }

    private boolean atEndAfterWhitespace() {
        skipWhitespace();
        return pos == s.length();
    }
}
