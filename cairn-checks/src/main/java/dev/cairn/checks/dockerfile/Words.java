package dev.cairn.checks.dockerfile;

import dev.cairn.core.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of an instruction's arguments as Docker's word processing sees them: split at blanks outside
 * quotes, quotes removed, backslash escapes applied; variable references stay as written.
 */
final class Words {
    private Words() {}

    /** The operands of an instruction: its JSON array in exec form, else its words. */
    static List<String> of(Instruction instruction) {
        return instruction.execForm() ? instruction.execArgs() : split(instruction.arguments());
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (inWord) out.add(word.toString());
                word.setLength(0);
                inWord = false;
                continue;
            }
            inWord = true;
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (inWord) out.add(word.toString());
        return out;
    }
}
