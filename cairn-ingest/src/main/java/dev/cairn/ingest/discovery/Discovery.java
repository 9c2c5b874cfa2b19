package dev.cairn.ingest.discovery;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.config.Glob;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Walks a directory or git working tree and lists the files cairn reads. It honours .gitignore files and
 * the configured include/exclude globs, never leaves the root (a link pointing outside is a note and is
 * skipped; link loops are detected), skips {@code .git}, and notes files above the size cap.
 */
public final class Discovery {
    private final List<Glob> include;
    private final List<Glob> exclude;
    private final long maxFileSize;

    public Discovery(List<String> include, List<String> exclude, long maxFileSize) {
        this.include = include.stream().map(Glob::of).toList();
        this.exclude = exclude.stream().map(Glob::of).toList();
        this.maxFileSize = maxFileSize;
    }

    /**
     * @throws IOException when the root itself cannot be read; problems below the root become notes
     */
    public DiscoveryResult discover(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        if (!Files.isDirectory(realRoot)) {
            throw new IOException("not a directory: " + root);
        }
        if (!Files.isReadable(realRoot)) {
            throw new IOException("cannot read directory: " + root);
        }
        Walk walk = new Walk(realRoot);
        walk.directory(realRoot, SourcePath.ROOT, new ArrayDeque<>());
        walk.linkedDirectories();
        return walk.result();
    }

    private final class Walk {
        private final Path realRoot;
        private final TreeMap<SourcePath, Path> candidates = new TreeMap<>();
        private final List<Note> notes = new ArrayList<>();
        private final Set<Path> visitedDirectories = new HashSet<>();
        /** Folders reached through a link, walked after every real folder so that a real path always wins. */
        private final Deque<LinkedDirectory> linked = new ArrayDeque<>();

        Walk(Path realRoot) {
            this.realRoot = realRoot;
        }

        void directory(Path dir, SourcePath path, Deque<Ignores> ignores) {
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                notes.add(Note.file(path, NoteKind.UNREADABLE, "cannot read directory: " + reason(e)));
                return;
            }
            if (!visitedDirectories.add(real)) {
                notes.add(Note.file(path, NoteKind.SYMLINK_LOOP, "link loop: this directory was already scanned at another path"));
                return;
            }
            Ignores own = Ignores.read(dir.resolve(".gitignore"), path);
            if (path.equals(SourcePath.ROOT)) {
                Ignores info = Ignores.read(dir.resolve(".git").resolve("info").resolve("exclude"), path);
                if (info != null) ignores.push(info);
            }
            if (own != null) ignores.push(own);
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            } catch (IOException | SecurityException e) {
                notes.add(Note.file(path, NoteKind.UNREADABLE, "cannot list directory: " + reason(e)));
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path entry : entries) {
                entry(entry, path.resolve(entry.getFileName().toString()), ignores);
            }
            if (own != null) ignores.pop();
        }

        private void entry(Path entry, SourcePath path, Deque<Ignores> ignores) {
            String name = entry.getFileName().toString();
            if (name.equals(".git")) {
                return;
            }
            boolean link = Files.isSymbolicLink(entry);
            Path target = entry;
            if (link) {
                try {
                    target = entry.toRealPath();
                } catch (FileSystemException e) {
                    boolean loop = e.getMessage() != null && e.getMessage().contains("levels of symbolic links");
                    notes.add(Note.file(path, loop ? NoteKind.SYMLINK_LOOP : NoteKind.UNREADABLE,
                            loop ? "symbolic link loop, skipped" : "broken symbolic link, skipped"));
                    return;
                } catch (IOException e) {
                    notes.add(Note.file(path, NoteKind.UNREADABLE, "cannot follow link: " + reason(e)));
                    return;
                }
                if (!target.startsWith(realRoot)) {
                    notes.add(Note.file(path, NoteKind.LINK_OUTSIDE_ROOT,
                            "symbolic link points outside the scanned root, skipped"));
                    return;
                }
            }
            boolean isDirectory = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
            if (ignored(ignores, path, isDirectory) || excluded(path, isDirectory)) {
                return;
            }
            if (isDirectory && link) {
                linked.add(new LinkedDirectory(target, path, new ArrayDeque<>(ignores)));
            } else if (isDirectory) {
                directory(entry, path, ignores);
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && included(path)) {
                candidates.put(path, target);
            }
        }

        /** Walks the linked folders; one whose target was already walked is noted as a loop and skipped. */
        void linkedDirectories() {
            while (!linked.isEmpty()) {
                LinkedDirectory l = linked.poll();
                directory(l.target(), l.path(), l.ignores());
            }
        }

        private boolean ignored(Deque<Ignores> ignores, SourcePath path, boolean isDirectory) {
            for (Ignores i : ignores) {
                Boolean verdict = i.check(path, isDirectory);
                if (verdict != null) {
                    return verdict;
                }
            }
            return false;
        }

        private boolean excluded(SourcePath path, boolean isDirectory) {
            return exclude.stream().anyMatch(g -> g.matches(path.value()));
        }

        private boolean included(SourcePath path) {
            return include.isEmpty() || include.stream().anyMatch(g -> g.matches(path.value()));
        }

        DiscoveryResult result() {
            Set<SourcePath> chartRoots = new HashSet<>();
            candidates.keySet().stream().filter(p -> p.fileName().equals("Chart.yaml"))
                    .forEach(p -> chartRoots.add(p.parent()));
            List<DiscoveredFile> files = new ArrayList<>();
            List<DiscoveredFile> others = new ArrayList<>();
            for (var e : candidates.entrySet()) {
                SourcePath path = e.getKey();
                FileKind kind = FileClassifier.classify(path, nearestChart(path, chartRoots));
                if (kind == FileKind.OTHER) {
                    others.add(new DiscoveredFile(e.getValue(), path, -1, kind));
                    continue;
                }
                long size;
                try {
                    size = Files.size(e.getValue());
                } catch (IOException ex) {
                    notes.add(Note.file(path, NoteKind.UNREADABLE, "cannot read file size: " + reason(ex)));
                    continue;
                }
                if (size > maxFileSize) {
                    notes.add(Note.file(path, NoteKind.SKIPPED_LARGE_FILE, "file is " + size
                            + " bytes, above the " + maxFileSize + "-byte cap; not read"));
                    continue;
                }
                files.add(new DiscoveredFile(e.getValue(), path, size, kind));
            }
            notes.sort(Note.ORDER);
            return new DiscoveryResult(files, notes, others);
        }

        private SourcePath nearestChart(SourcePath path, Set<SourcePath> chartRoots) {
            for (SourcePath dir = path.parent(); ; dir = dir.parent()) {
                if (chartRoots.contains(dir)) {
                    return dir;
                }
                if (dir.equals(SourcePath.ROOT)) {
                    return null;
                }
            }
        }
    }

    private record LinkedDirectory(Path target, SourcePath path, Deque<Ignores> ignores) {}

    private static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** The rules of one .gitignore, answering for paths below its directory. */
    private record Ignores(SourcePath base, IgnoreNode node) {
        static Ignores read(Path file, SourcePath base) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            IgnoreNode node = new IgnoreNode();
            try (InputStream in = Files.newInputStream(file)) {
                node.parse(in);
            } catch (IOException e) {
                return null;
            }
            return new Ignores(base, node);
        }

        Boolean check(SourcePath path, boolean isDirectory) {
            String relative = base.value().isEmpty() ? path.value() : path.value().substring(base.value().length() + 1);
            return node.checkIgnored(relative, isDirectory);
        }
    }
}
