package dev.cairn.ingest.render;

import dev.cairn.ingest.text.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a renderer printed, kept between scans under the cairn cache folder ({@code kustomize/}, {@code helm/}),
 * so that scanning again after a change renders only what reads a changed file ({@link InputDigest}). One
 * file per render (repository, root or chart, variant and renderer), replaced when its inputs change; the
 * least recently used beyond {@link #MAX_ENTRIES} per renderer are removed. An entry that cannot be read, or
 * holds other inputs, is a miss; a cache that cannot be written costs the next scan a render, never this one.
 */
public final class RenderCache {
    static final int MAX_ENTRIES = 256;
    private static final String HEADER = "cairn render 2";
    private static final String BUILT = "built";
    private static final String BUILT_IN = "built in ";
    private static final String FAILED = "failed";

    /**
     * One render: what the renderer printed and the folder it ran in, when its output names files relative to
     * it (kustomize's origins), else null; or, for a render that failed on its inputs, why (with repository
     * paths, as the scan reports it).
     */
    public record Entry(Path ranIn, String stdout, String failure) {
        public static Entry built(Path ranIn, String stdout) {
            return new Entry(ranIn, stdout, null);
        }

        public static Entry failed(String why) {
            return new Entry(null, null, why);
        }
    }

    private final Path dir;

    /** @param renderer the cache's subfolder, e.g. {@code kustomize} */
    public RenderCache(Path cacheRoot, String renderer) {
        this.dir = cacheRoot.resolve(renderer);
    }

    /** The entry of one render, named by what it renders (not by its inputs, so that a change replaces it). */
    public static String nameOf(String... parts) {
        return Digests.shortName(String.join("\u0000", parts)) + ".yaml";
    }

    /**
     * The entry kept for these inputs and this version of the renderer. The version is asked for only when the
     * inputs match, since it may wait for a process (kustomize's version check): a changed or new render does
     * not wait for it.
     */
    public Optional<Entry> read(String name, String inputs, Supplier<Optional<String>> version) {
        Path file = dir.resolve(name);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] head = text.split("\n", 5);
            if (head.length < 5 || !head[0].equals(HEADER) || !head[1].equals(inputs)
                    || !version.get().map(head[2]::equals).orElse(false)) {
                return Optional.empty();
            }
            String outcome = head[3];
            String body = head[4];
            Optional<Entry> entry = outcome.equals(FAILED) ? Optional.of(Entry.failed(body))
                    : outcome.equals(BUILT) ? Optional.of(Entry.built(null, body))
                    : outcome.startsWith(BUILT_IN) && Path.of(outcome.substring(BUILT_IN.length())).isAbsolute()
                            ? Optional.of(Entry.built(Path.of(outcome.substring(BUILT_IN.length())), body))
                            : Optional.empty();
            if (entry.isPresent()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // recently used
            }
            return entry;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a render for these inputs and this version of the renderer, replacing the render's last entry. */
    public void write(String name, String inputs, String version, Entry entry) {
        String outcome = entry.failure() != null ? FAILED + "\n" + entry.failure()
                : (entry.ranIn() == null ? BUILT : BUILT_IN + entry.ranIn()) + "\n" + entry.stdout();
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, name, ".partial");
            Files.writeString(partial, HEADER + "\n" + inputs + "\n" + version + "\n" + outcome, StandardCharsets.UTF_8);
            try {
                Files.move(partial, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // the cache only saves time: a read-only or full disk must not fail the scan
        }
    }

    /** Removes the least recently used entries beyond {@link #MAX_ENTRIES}; a partial file left by a crash ages out alike. */
    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            files.forEach(entries::add);
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.sort(Comparator.comparing(RenderCache::lastUsed).reversed());
        for (Path stale : entries.subList(MAX_ENTRIES, entries.size())) {
            Files.deleteIfExists(stale);
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
