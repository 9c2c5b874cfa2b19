package dev.cairn.core.repo;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.util.Locale;
import java.util.Set;

/**
 * One line of a repository file that matched a pattern.
 *
 * @param line   1-based
 * @param column 1-based start of the match, in UTF-16 code units
 * @param text   the whole line
 */
public record TextMatch(SourcePath path, int line, int column, int endColumn, String text) {
    public Location location() {
        return Location.at(path, new Span(line, column, line, endColumn));
    }

    /**
     * Whether the match lies in a comment of a file written in a format whose comments start with {@code #}
     * (shell, Makefiles, Dockerfiles, YAML, Terraform, properties, ignore files): a line commented out configures
     * nothing, and a script that only mentions a tool does not call it. Markdown is not such a format: its
     * {@code #} starts a heading.
     */
    public boolean inComment() {
        return hashComments(path) && inHashComment();
    }

    /** Formats whose comments start with {@code #}, by file name. */
    static boolean hashComments(SourcePath path) {
        String name = path.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return HASH_COMMENT_EXTENSIONS.contains(extension) || HASH_COMMENT_NAMES.contains(name)
                || name.startsWith("dockerfile") || name.startsWith("containerfile") || name.startsWith("requirements");
    }

    private static final Set<String> HASH_COMMENT_EXTENSIONS = Set.of("sh", "bash", "zsh", "ps1", "py",
            "rb", "mk", "yaml", "yml", "tf", "tfvars", "tofu", "hcl", "properties", "toml", "conf", "cfg", "ini", "env",
            "dockerfile", "containerfile");
    private static final Set<String> HASH_COMMENT_NAMES = Set.of("makefile", "gnumakefile", "justfile",
            "tiltfile", ".gitignore", ".dockerignore", ".helmignore", "codeowners");

    /**
     * Whether the match lies after a {@code #} outside quotes that starts the line or follows a blank, where
     * shells, Makefiles, YAML and Python start a comment.
     */
    public boolean inHashComment() {
        boolean single = false;
        boolean dbl = false;
        int end = Math.min(column - 1, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
