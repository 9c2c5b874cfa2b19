package dev.cairn.ingest.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the here-documents an instruction line opens, as BuildKit does: every shell word of the form
 * {@code [n]<<[-]WORD} (not {@code <<<}) opens one, in order. A quote anywhere in WORD means the body is
 * taken literally.
 */
final class HeredocOpeners {
    private static final Pattern OPENER = Pattern.compile("\\d*<<(-?)([^<]+)");

    /** What one opener asks for. */
    record Opener(String delimiter, boolean stripTabs, boolean quoted) {}

    private HeredocOpeners() {}

    static List<Opener> in(String line) {
        List<Opener> out = new ArrayList<>();
        for (String word : rawWords(line)) {
            Matcher m = OPENER.matcher(word);
            if (m.matches()) {
                String raw = m.group(2);
                String delimiter = unquote(raw);
                if (!delimiter.isEmpty()) {
                    out.add(new Opener(delimiter, !m.group(1).isEmpty(), !delimiter.equals(raw)));
                }
            }
        }
        return out;
    }

    /** Shell words with their quotes kept, split at unquoted blanks. */
    private static List<String> rawWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && (c == ' ' || c == '\t')) {
                if (!word.isEmpty()) words.add(word.toString());
                word.setLength(0);
                continue;
            }
            word.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }

    /** The delimiter word with its quotes and backslashes removed. */
    private static String unquote(String raw) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c == '\\' && quote != '\'' && i + 1 < raw.length()) {
                out.append(raw.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
