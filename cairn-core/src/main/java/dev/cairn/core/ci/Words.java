package dev.cairn.core.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Shell words of one simple command, quotes removed; enough to find a tool and its verb, not a shell. */
final class Words {
    private Words() {}

    static List<String> of(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }

    /**
     * Index of the word that invokes {@code tool}: its base name ({@code /usr/bin/kubectl}, {@code ./mvnw}) or a
     * container image of it ({@code bitnami/kubectl:1.30}); -1 when absent.
     */
    static int indexOfTool(List<String> words, String tool) {
        for (int i = 0; i < words.size(); i++) {
            if (toolName(words.get(i)).equals(tool)) return i;
        }
        return -1;
    }

    /** {@code registry.io/bitnami/kubectl:1.30@sha256:..} -> {@code kubectl}; {@code kubectl.exe} -> {@code kubectl}. */
    static String toolName(String word) {
        String w = word;
        int at = w.indexOf('@');
        if (at > 0) w = w.substring(0, at);
        int slash = w.lastIndexOf('/');
        if (slash >= 0) w = w.substring(slash + 1);
        int colon = w.indexOf(':');
        if (colon > 0) w = w.substring(0, colon);
        if (w.endsWith(".exe")) w = w.substring(0, w.length() - 4);
        return w.toLowerCase(Locale.ROOT);
    }

    /** The non-flag words after {@code from}, skipping the values of the given flags when written apart. */
    static List<String> operands(List<String> words, int from, Set<String> flagsWithValue) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("-")) {
                if (!w.contains("=") && flagsWithValue.contains(w)) i++;
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /** The value of a flag written {@code --flag=value} or {@code --flag value}, or null. */
    static String flag(List<String> words, int from, String... names) {
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            for (String name : names) {
                if (w.equals(name) && i + 1 < words.size()) return words.get(i + 1);
                if (w.startsWith(name + "=")) return w.substring(name.length() + 1);
            }
        }
        return null;
    }

    static boolean has(List<String> words, int from, String prefix) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).startsWith(prefix)) return true;
        }
        return false;
    }
}
