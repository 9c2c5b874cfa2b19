package dev.cairn.ingest.git;

import java.io.IOException;
import java.net.URI;
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
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(directory.toFile());
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

    /** Drops {@code user:token@} from URLs so that credentials never reach a report. */
    static String withoutCredentials(String remote) {
        if (remote == null) {
            return null;
        }
        try {
            URI uri = URI.create(remote);
            if (uri.getScheme() != null && uri.getRawUserInfo() != null) {
                return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
            }
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return remote.replaceAll("//[^/@]+@", "//");
        }
        return remote;
    }
}
