package dev.cairn.ingest.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The repository identity of a scanned directory: its origin remote (credentials removed) and the
 * checked-out commit. Empty outside a git working tree.
 */
public record GitInfo(String remote, String commit) {

    public static Optional<GitInfo> of(Path directory) {
        // Absolute, so that the search upwards for .git does not stop at the first segment of a relative path
        // ("examples/shop" must find the repository above it, as "/abs/path/examples/shop" does).
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.build()) {
            ObjectId head = repository.resolve("HEAD");
            String remote = repository.getConfig().getString("remote", "origin", "url");
            return Optional.of(new GitInfo(withoutCredentials(remote), head == null ? null : head.name()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Drops {@code user:token@} from URLs so that credentials never reach a report. Works on the text, not
     * through {@link java.net.URI}: a host name URI rejects (one with an underscore) or an unescaped {@code @} in the
     * token makes URI parse the authority as opaque, which would keep the credentials.
     */
    static String withoutCredentials(String remote) {
        if (remote == null) {
            return null;
        }
        int scheme = remote.indexOf("://");
        if (scheme < 0) {
            return remote; // scp-like user@host:path names a user, never a secret
        }
        int start = scheme + 3;
        int end = start;
        while (end < remote.length() && "/?#".indexOf(remote.charAt(end)) < 0) {
            end++;
        }
        int at = remote.lastIndexOf('@', end - 1);
        return at < start ? remote : remote.substring(0, start) + remote.substring(at + 1);
    }
}
