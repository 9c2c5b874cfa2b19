package dev.cairn.ingest.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** An open repository found from a directory inside its working tree (or a bare repository). */
public final class RepoHandle implements AutoCloseable {
    private final Repository repository;

    private RepoHandle(Repository repository) {
        this.repository = repository;
    }

    /** Null when the directory is not inside a git repository. */
    public static RepoHandle find(Path directory) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        return new RepoHandle(builder.build());
    }

    public Repository repository() {
        return repository;
    }

    public File gitDir() {
        return repository.getDirectory();
    }

    /** The directory shared by all worktrees of the repository (the cache key). */
    public Path commonDir() {
        File common = repository.getCommonDirectory();
        return (common != null ? common : repository.getDirectory()).toPath().toAbsolutePath().normalize();
    }

    /** The working tree, or null for a bare repository. */
    public File workTree() {
        return repository.isBare() ? null : repository.getWorkTree();
    }

    @Override
    public void close() {
        repository.close();
    }
}
