package dev.cairn.ingest.ci;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens of a Jenkinsfile, enough to follow its blocks and read its steps: dotted names, the four Groovy
 * string forms (with their raw content and position), brackets, and line breaks; comments are dropped.
 * Slashy strings are not recognised (a {@code /} is an operator), which costs nothing in pipeline files.
 */
final class GroovyLexer {
    enum Type { WORD, STRING, LBRACE, RBRACE, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, COLON, SEMI, NEWLINE, OTHER }

    /**
     * @param start offset of the first character
     * @param end   offset after the last character
     * @param value for strings, the content between the quotes with escapes as written; else the text
     * @param contentStart for strings, the offset of the content
     */
    record Token(Type type, String value, int start, int end, int contentStart) {}

    /** A string that runs to the end of its line or of the file. */
    record Unterminated(int start, String quote) {}

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Unterminated> unterminated = new ArrayList<>();
    private int i;

    GroovyLexer(String text) {
        this.text = text;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Unterminated> unterminated() {
        return unterminated;
    }

    GroovyLexer lex() {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(Type.NEWLINE, i, i + 1);
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && (Character.isJavaIdentifierPart(text.charAt(i))
                        || text.charAt(i) == '.' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1)))) {
                    i++;
                }
                add(Type.WORD, start, i);
            } else {
                Type type = switch (c) {
                    case '{' -> Type.LBRACE;
                    case '}' -> Type.RBRACE;
                    case '(' -> Type.LPAREN;
                    case ')' -> Type.RPAREN;
                    case '[' -> Type.LBRACKET;
                    case ']' -> Type.RBRACKET;
                    case ',' -> Type.COMMA;
                    case ':' -> Type.COLON;
                    case ';' -> Type.SEMI;
                    default -> Type.OTHER;
                };
                add(type, i, i + 1);
                i++;
            }
        }
        return this;
    }

    private void add(Type type, int start, int end) {
        tokens.add(new Token(type, text.substring(start, end), start, end, start));
    }

    private void string(char quote) {
        int start = i;
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), i);
        String delimiter = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int content = Math.min(i + delimiter.length(), text.length());
        int j = content;
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (text.startsWith(delimiter, j)) {
                tokens.add(new Token(Type.STRING, text.substring(content, j), start, j + delimiter.length(), content));
                i = j + delimiter.length();
                return;
            } else if (c == '\n' && !triple) {
                break;
            } else {
                j++;
            }
        }
        j = Math.min(j, n);
        unterminated.add(new Unterminated(start, delimiter));
        tokens.add(new Token(Type.STRING, text.substring(content, Math.max(content, Math.min(j, n))), start, j, content));
        i = j;
    }
}
