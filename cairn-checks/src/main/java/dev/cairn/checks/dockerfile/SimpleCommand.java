package dev.cairn.checks.dockerfile;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One simple command of a shell script, e.g. {@code DEBIAN_FRONTEND=noninteractive sudo apt-get install -y
 * curl}: its words with quotes and redirections removed, and whether its output is piped into the next one.
 */
record SimpleCommand(List<String> words, boolean pipedIntoNext) {
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
    /** Words that come before the program without being it: reserved words and wrappers that run it. */
    private static final Set<String> PREFIXES = Set.of("sudo", "env", "exec", "command", "nohup", "time", "nice",
            "if", "then", "else", "elif", "do", "while", "until", "!", "{", "}");
    /** Options of sudo and env that take the next word as their value. */
    private static final Set<String> VALUED_OPTIONS = Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U",
            "-n", "-S", "--chdir", "--unset");

    SimpleCommand {
        words = List.copyOf(words);
    }

    /** The index of the program word, past assignments, wrappers and their options; words.size() if none. */
    int programIndex() {
        int i = 0;
        boolean inWrapper = false;
        while (i < words.size()) {
            String w = words.get(i);
            if (ASSIGNMENT.matcher(w).matches() || PREFIXES.contains(baseName(w))) {
                inWrapper = inWrapper || PREFIXES.contains(baseName(w));
                i++;
            } else if (inWrapper && w.startsWith("-")) {
                i += VALUED_OPTIONS.contains(w) ? 2 : 1;
            } else {
                break;
            }
        }
        return Math.min(i, words.size());
    }

    /** The program run, without its directory ({@code /usr/bin/apt-get} is {@code apt-get}); "" if none. */
    String program() {
        int i = programIndex();
        return i < words.size() ? baseName(words.get(i)) : "";
    }

    /** The words after the program. */
    List<String> arguments() {
        int i = programIndex();
        return i < words.size() ? words.subList(i + 1, words.size()) : List.of();
    }

    /** Whether a word before the program is {@code sudo}, or the program itself is. */
    boolean usesSudo() {
        int end = Math.min(programIndex() + 1, words.size());
        return words.subList(0, end).stream().anyMatch(w -> baseName(w).equals("sudo"));
    }

    static String baseName(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }
}
