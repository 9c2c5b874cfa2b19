package dev.cairn.core.ci;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The repository script a CI command hands its work to: {@code bash .ci/run}, {@code sh scripts/test.sh},
 * {@code ./build.sh}, {@code source ci/env.sh}. Many pipelines keep their real work in such a script, so a
 * step that only says {@code bash .ci/run} is judged by what the script runs. Pure: it reads the command,
 * and the caller decides whether the path names a file of the repository.
 */
public final class ScriptCalls {
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "dash", "ksh", "source", ".");
    /** A relative path without expansions: a script named in a variable cannot be followed. */
    private static final Pattern RELATIVE_PATH = Pattern.compile("(?:\\./)?[\\w.-]+(?:/[\\w.-]+)*");

    private ScriptCalls() {}

    /**
     * The relative path of the script this simple command runs, normalised ({@code ./} dropped), or empty when
     * it runs none: {@code bash .ci/run} and {@code ./scripts/test.sh --fast} name one; {@code bash -c "..."},
     * {@code ./mvnw verify} (a build tool's wrapper the command rules know) and {@code /usr/bin/env} do not.
     */
    public static Optional<String> scriptOf(String simpleCommand) {
        List<String> words = List.of(simpleCommand.strip().split("\\s+"));
        if (words.isEmpty() || words.getFirst().isEmpty()) return Optional.empty();
        int i = 0;
        while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=\\S*")) i++; // FOO=1 bash x
        if (i == words.size()) return Optional.empty();
        String first = unquote(words.get(i));
        if (SHELLS.contains(first)) {
            for (int k = i + 1; k < words.size(); k++) {
                String word = unquote(words.get(k));
                if (word.equals("--")) continue;
                if (word.matches("[-+][a-zA-Z]*c[a-zA-Z]*")) return Optional.empty(); // -c runs a string
                if (word.matches("[-+][a-zA-Z]*o")) k++; // -o and -euo take an option name: pipefail
                if (word.startsWith("-") || word.startsWith("+")) continue;
                return relative(word);
            }
            return Optional.empty();
        }
        boolean looksLikeScript = first.startsWith("./") || first.endsWith(".sh") || first.contains("/");
        return looksLikeScript && !WRAPPERS.matcher(first).find() ? relative(first) : Optional.empty();
    }

    /** Build tool wrappers are judged by the command rules, which know their goals. */
    private static final Pattern WRAPPERS = Pattern.compile("(?:^|/)(?:mvnw|gradlew|sbtx?|bazelisk|pw)$");

    private static Optional<String> relative(String word) {
        if (!RELATIVE_PATH.matcher(word).matches() || word.startsWith("/")) return Optional.empty();
        String path = word.startsWith("./") ? word.substring(2) : word;
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".")) return Optional.empty();
        }
        return Optional.of(path);
    }

    private static String unquote(String word) {
        if (word.length() >= 2 && (word.startsWith("\"") && word.endsWith("\"") || word.startsWith("'") && word.endsWith("'"))) {
            return word.substring(1, word.length() - 1);
        }
        return word;
    }
}
