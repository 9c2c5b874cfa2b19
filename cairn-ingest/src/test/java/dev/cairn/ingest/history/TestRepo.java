package dev.cairn.ingest.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** A real repository built with JGit, with chosen authors and dates. */
public final class TestRepo implements AutoCloseable {
    public final Path dir;
    final Git git;

    private TestRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    public static TestRepo init(Path dir) throws GitAPIException {
        return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    public static PersonIdent who(String nameAndEmail, Instant when) {
        int lt = nameAndEmail.indexOf('<');
        return new PersonIdent(nameAndEmail.substring(0, lt).strip(), nameAndEmail.substring(lt + 1, nameAndEmail.indexOf('>')),
                when, ZoneOffset.UTC);
    }

    /** Writes the files (null content deletes) and commits them. */
    public String commit(String message, String who, Instant authored, Instant committed, Map<String, String> files)
            throws IOException, GitAPIException {
        for (var e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (e.getValue() == null) {
                Files.deleteIfExists(f);
                git.rm().addFilepattern(e.getKey()).call();
            } else {
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                git.add().addFilepattern(e.getKey()).call();
            }
        }
        RevCommit c = git.commit().setMessage(message).setAuthor(who(who, authored)).setCommitter(who(who, committed))
                .setAllowEmpty(true).call();
        return c.name();
    }

    public String commit(String message, String who, Instant when, Map<String, String> files) throws IOException, GitAPIException {
        return commit(message, who, when, when, files);
    }

    public void branch(String name, String startPoint) throws GitAPIException {
        git.branchCreate().setName(name).setStartPoint(startPoint).call();
    }

    public void checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
    }

    /** A merge commit (never fast-forward) of the branch into the checked-out one. */
    public String merge(String branch, String message, String who, Instant when) throws IOException, GitAPIException {
        ObjectId id = git.getRepository().resolve(branch);
        git.merge().include(id).setCommit(false).setFastForward(MergeCommand.FastForwardMode.NO_FF).call();
        return git.commit().setMessage(message).setAuthor(who(who, when)).setCommitter(who(who, when)).call().name();
    }

    /** An annotated tag dated {@code when}, or a lightweight one when {@code when} is null. */
    public void tag(String name, String commit, Instant when) throws IOException, GitAPIException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            var cmd = git.tag().setName(name).setObjectId(c);
            if (when == null) {
                cmd.setAnnotated(false);
            } else {
                cmd.setAnnotated(true).setMessage("release " + name).setTagger(who("Rel <rel@acme.io>", when));
            }
            cmd.call();
        }
    }

    public void resetHard(String commit) throws GitAPIException {
        git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(commit).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
