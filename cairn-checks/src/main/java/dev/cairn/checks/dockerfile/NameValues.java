package dev.cairn.checks.dockerfile;

import dev.cairn.core.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables an {@code ENV} or {@code ARG} declares, with their values unquoted. {@code ENV a=1 b="x y"}
 * declares several; the legacy {@code ENV name value with spaces} one; {@code ARG name} declares a variable
 * without default, whose value here is null.
 */
final class NameValues {
    private NameValues() {}

    static Map<String, String> of(Instruction instruction) {
        Map<String, String> out = new LinkedHashMap<>();
        String args = instruction.arguments();
        List<String> raw = rawWords(args);
        if (raw.isEmpty()) {
            return out;
        }
        if (instruction.is("ENV") && !raw.getFirst().contains("=")) {
            String name = raw.getFirst();
            String value = args.substring(args.indexOf(name) + name.length()).strip();
            out.put(name, String.join(" ", Words.split(value)));
            return out;
        }
        for (String word : raw) {
            int eq = word.indexOf('=');
            String name = Words.split(eq < 0 ? word : word.substring(0, eq)).stream().findFirst().orElse("");
            String value = eq < 0 ? null : String.join("", Words.split(word.substring(eq + 1)));
            out.put(name, value);
        }
        return out;
    }

    /** Words split at blanks outside quotes, quotes kept. */
    private static List<String> rawWords(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (!word.isEmpty()) out.add(word.toString());
                word.setLength(0);
                continue;
            }
            word.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        return out;
    }
}
