package dev.cairn.ingest.render;

import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.text.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One digest of what a render reads ({@link RenderCache}): some facts (the command, the renderer's executable,
 * the variant) and the path and content of every file in some folders (git's own folder aside) and of some
 * files. There is none where that cannot be bounded: a link to a folder, an unreadable file, or more files
 * or bytes than hashing would be worth. One per scan: the content digests are shared by its renders, which
 * often read the same bases and charts.
 */
public final class InputDigest {
    /**
     * Beyond these a render's folders are not hashed: a kustomization or chart reads a few files, and a
     * kustomization at the top of a large repository would cost more to hash than to build.
     */
    static final int MAX_FILES = 4_096;
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final String FORMAT = "cairn render inputs 1";

    private final Path realRoot;
    private final int maxFiles;
    private final long maxBytes;
    private final Map<Path, String> contents = new ConcurrentHashMap<>();

    public InputDigest(Path realRoot) {
        this(realRoot, MAX_FILES, MAX_BYTES);
    }

    InputDigest(Path realRoot, int maxFiles, long maxBytes) {
        this.realRoot = realRoot;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    /** The repository's real path, which the digests are made in. */
    public Path root() {
        return realRoot;
    }

    /** @param facts what else the render depends on, one per line; folders and files are repository paths */
    public Optional<String> of(List<String> facts, Collection<SourcePath> folders, Collection<SourcePath> files) {
        try {
            Optional<TreeMap<String, String>> read = files(folders, files);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            MessageDigest digest = Digests.sha256();
            line(digest, FORMAT);
            line(digest, realRoot.toString());
            facts.forEach(f -> line(digest, f));
            read.get().forEach((path, content) -> line(digest, path + "\u0000" + content));
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** An executable or jar by real path, size and modification time: an upgrade changes them. */
    public static String identity(Path file) throws IOException {
        Path real = file.toRealPath();
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
        return real + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis();
    }

    /** Each file below the folders (git's own folder aside) and each named file, by repository path, with its content. */
    private Optional<TreeMap<String, String>> files(Collection<SourcePath> folders, Collection<SourcePath> named) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        for (SourcePath file : named) {
            Path path = realRoot.resolve(file.value());
            out.put(file.value(), Files.isRegularFile(path) ? content(path) : "missing");
        }
        long[] bytes = {0};
        boolean[] unbounded = {false};
        for (SourcePath folder : folders) {
            Files.walkFileTree(realRoot.resolve(folder.value()), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String path = realRoot.relativize(file).toString().replace('\\', '/');
                    if (out.containsKey(path)) {
                        return FileVisitResult.CONTINUE; // below two of the folders, or named as well
                    }
                    if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                        unbounded[0] = true; // kustomize would follow it, anywhere
                        return FileVisitResult.TERMINATE;
                    }
                    bytes[0] += attrs.size();
                    if (out.size() >= maxFiles || bytes[0] > maxBytes) {
                        unbounded[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    String link = attrs.isSymbolicLink() ? "link " + Files.readSymbolicLink(file) + " " : "";
                    out.put(path, link + (Files.exists(file) ? content(file) : "missing"));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
            if (unbounded[0]) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    private String content(Path file) throws IOException {
        Path key = file.toAbsolutePath();
        String known = contents.get(key);
        if (known != null) {
            return known;
        }
        MessageDigest digest = Digests.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        String hex = HexFormat.of().formatHex(digest.digest());
        contents.putIfAbsent(key, hex);
        return hex;
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
