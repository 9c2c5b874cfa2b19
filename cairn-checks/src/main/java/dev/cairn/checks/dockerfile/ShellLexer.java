package dev.cairn.checks.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell script into simple commands, enough to see which programs a {@code RUN} runs and with
 * which words. It understands quotes, backslashes, comments, {@code && || ; | &} and newlines, and drops
 * redirections ({@code > file}, {@code 2>&1}, {@code <<EOF}); command substitutions ({@code $(...)},
 * backticks) and process substitutions ({@code <(...)}) stay inside their word as written. It is not a
 * shell: unusual syntax yields odd words, never an exception.
 */
final class ShellLexer {
    private final String s;
    private int pos;
    private final List<SimpleCommand> commands = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private boolean dropNextWord;

    private ShellLexer(String script) {
        this.s = script;
    }

    static List<SimpleCommand> commands(String script) {
        ShellLexer lexer = new ShellLexer(script);
        lexer.run();
        return List.copyOf(lexer.commands);
    }

    private void run() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < s.length()) {
                char n = s.charAt(pos + 1);
                pos += 2;
                if (n != '\n') append(n); // backslash-newline joins lines
            } else if (c == ' ' || c == '\t' || c == '\r') {
                endWord();
                pos++;
            } else if (c == '\n' || c == ';' || c == '(' || c == ')') {
                endCommand(false);
                pos++;
            } else if (c == '#' && !inWord) {
                while (pos < s.length() && s.charAt(pos) != '\n') pos++;
            } else if (c == '|') {
                boolean or = peek(1) == '|';
                pos += or || peek(1) == '&' ? 2 : 1;
                endCommand(!or);
            } else if (c == '&' && peek(1) == '>') {
                redirection();
            } else if (c == '&') {
                pos += peek(1) == '&' ? 2 : 1;
                endCommand(false);
            } else if (c == '<' && peek(1) == '(') {
                pos++;
                append('<');
                appendBalanced();
            } else if (c == '<' || c == '>') {
                redirection();
            } else if (c == '\'') {
                inWord = true;
                int end = s.indexOf('\'', pos + 1);
                end = end < 0 ? s.length() : end;
                word.append(s, pos + 1, end);
                pos = Math.min(end + 1, s.length());
            } else if (c == '"') {
                doubleQuoted();
            } else if (c == '$' && peek(1) == '(') {
                pos++;
                append('$');
                appendBalanced();
            } else if (c == '`') {
                appendUntil('`');
            } else {
                append(c);
                pos++;
            }
        }
        endCommand(false);
    }

    private void doubleQuoted() {
        inWord = true;
        pos++;
        while (pos < s.length() && s.charAt(pos) != '"') {
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < s.length() && "\"\\$`\n".indexOf(s.charAt(pos + 1)) >= 0) {
                if (s.charAt(pos + 1) != '\n') word.append(s.charAt(pos + 1));
                pos += 2;
            } else if (c == '$' && peek(1) == '(') {
                pos++;
                word.append('$');
                appendBalanced();
            } else if (c == '`') {
                appendUntil('`');
            } else {
                word.append(c);
                pos++;
            }
        }
        pos++;
    }

    /** Appends {@code (...)} as written, with nested parentheses and quotes, starting at {@code (}. */
    private void appendBalanced() {
        inWord = true;
        int depth = 0;
        char quote = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            word.append(c);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return;
            }
        }
    }

    private void appendUntil(char close) {
        inWord = true;
        word.append(s.charAt(pos++));
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            word.append(c);
            if (c == close) return;
        }
    }

    /** Skips a redirection operator and its target ({@code > f}, {@code 2>&1}, {@code <<-EOF}, {@code &>f}). */
    private void redirection() {
        if (inWord && word.chars().allMatch(Character::isDigit)) {
            word.setLength(0); // the file descriptor of 2>...
            inWord = false;
        } else {
            endWord();
        }
        while (pos < s.length() && "<>&|-".indexOf(s.charAt(pos)) >= 0) {
            char c = s.charAt(pos++);
            if (c == '&' && pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '-')) {
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '-')) pos++;
                return; // 2>&1 and >&- have no target word
            }
        }
        dropNextWord = true;
    }

    private char peek(int ahead) {
        return pos + ahead < s.length() ? s.charAt(pos + ahead) : '\0';
    }

    private void append(char c) {
        word.append(c);
        inWord = true;
    }

    private void endWord() {
        if (!inWord) return;
        if (dropNextWord) {
            dropNextWord = false;
        } else {
            words.add(word.toString());
        }
        word.setLength(0);
        inWord = false;
    }

    private void endCommand(boolean pipe) {
        endWord();
        dropNextWord = false;
        if (!words.isEmpty()) {
            commands.add(new SimpleCommand(words, pipe));
            words.clear();
        } else if (pipe && !commands.isEmpty()) {
            // "(a) | b": the pipe follows a subshell; mark the command that ended it
            SimpleCommand last = commands.removeLast();
            commands.add(new SimpleCommand(last.words(), true));
        }
    }
}
