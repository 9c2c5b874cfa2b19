package dev.cairn.ingest.dockerfile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits the leading {@code --name=value} flags off an instruction's arguments, the way BuildKit's
 * {@code extractBuilderFlags} does: flags end at the first word not starting with {@code --} or at a bare
 * {@code --}; quotes and backslashes inside a flag word are removed.
 *
 * @param flags by name without dashes; repeated flags keep every value, joined by {@code \n}
 * @param rest  the arguments after the flags, stripped
 */
record BuilderFlags(Map<String, String> flags, String rest) {

    static BuilderFlags split(String arguments) {
        Map<String, String> flags = new LinkedHashMap<>();
        String line = arguments;
        int pos = 0;
        while (true) {
            while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) pos++;
            if (!line.startsWith("--", pos)) {
                return new BuilderFlags(flags, line.substring(pos).strip());
            }
            StringBuilder word = new StringBuilder();
            pos = readWord(line, pos, word);
            if (word.toString().equals("--")) {
                return new BuilderFlags(flags, line.substring(pos).strip());
            }
            add(flags, word.substring(2));
        }
    }

    /** Reads one flag word from {@code pos}, unquoting it; returns where it ended. */
    private static int readWord(String line, int pos, StringBuilder word) {
        char quote = 0;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (quote == 0 && Character.isWhitespace(c)) {
                break;
            }
            pos++;
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == '\\') {
                if (pos < line.length()) word.append(line.charAt(pos++));
            } else {
                word.append(c);
            }
        }
        return pos;
    }

    private static void add(Map<String, String> flags, String flag) {
        int eq = flag.indexOf('=');
        String name = eq < 0 ? flag : flag.substring(0, eq);
        String value = eq < 0 ? "" : flag.substring(eq + 1);
        flags.merge(name, value, (a, b) -> a + "\n" + b);
    }
}
