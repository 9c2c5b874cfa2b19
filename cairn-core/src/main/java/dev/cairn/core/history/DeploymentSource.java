package dev.cairn.core.history;

/**
 * Where deployments come from (cnmm-level1.md §4.2): release tags matching a pattern, GitOps changes of the
 * production image under a path, or a deployments file. Written {@code tags:v*}, {@code gitops:PATH},
 * {@code file:F} on the command line.
 */
public sealed interface DeploymentSource {
    DeploymentSource DEFAULT = new Tags("v*");

    /** Release tags whose short name matches the glob (only {@code *} and {@code ?} are special). */
    record Tags(String pattern) implements DeploymentSource {}

    /** Commits that change {@code newTag}, {@code digest} or {@code image.tag} under a repository path. */
    record GitOps(String path) implements DeploymentSource {}

    /** A CSV or JSON file of deployments (time, version, commit, status, environment). */
    record File(String path) implements DeploymentSource {}

    /** Parses {@code tags:PATTERN}, {@code gitops:PATH} or {@code file:PATH}; a bare {@code tags} means {@code v*}. */
    static DeploymentSource parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String arg = colon < 0 ? "" : t.substring(colon + 1).strip();
        switch (kind) {
            case "tags" -> {
                return new Tags(arg.isEmpty() ? "v*" : arg);
            }
            case "gitops" -> {
                if (arg.isEmpty()) throw new IllegalArgumentException("gitops needs a path, e.g. gitops:deploy/overlays/prod");
                return new GitOps(trimSlashes(arg));
            }
            case "file" -> {
                if (arg.isEmpty()) throw new IllegalArgumentException("file needs a path, e.g. file:deployments.csv");
                return new File(arg);
            }
            default -> throw new IllegalArgumentException(
                    "deployments come from tags:PATTERN, gitops:PATH or file:PATH, not '" + t + "'");
        }
    }

    /** How the source reads in a KPI's {@code estimatedFrom}. */
    default String describe() {
        return switch (this) {
            case Tags t -> "git tags matching " + t.pattern();
            case GitOps g -> "GitOps image changes under " + g.path();
            case File f -> "deployments file " + f.path();
        };
    }

    private static String trimSlashes(String p) {
        String s = p.replace('\\', '/');
        while (s.startsWith("./")) s = s.substring(2);
        while (s.endsWith("/") && s.length() > 1) s = s.substring(0, s.length() - 1);
        return s;
    }
}
