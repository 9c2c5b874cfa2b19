package dev.cairn.ingest.history;

import dev.cairn.core.history.Commit;
import dev.cairn.ingest.text.Digests;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The git-history cache: one file per repository under {@code <cache dir>/git-history/}, holding the raw
 * commits (no mailmap) read so far and the last processed commit (the tip). Written to a temporary file and
 * moved into place, so a crash never leaves half a cache; any file that does not read back exactly
 * (other version, other repository, truncated) is ignored and rebuilt. Deleting it is always safe.
 */
final class HistoryCache {
    private static final long MAGIC = 0x434149524e484331L; // "CAIRNHC1"
    private static final int VERSION = 1;

    /**
     * What the cache holds.
     *
     * @param since the earliest committer time the commits cover, or null when they reach the root commits
     */
    record Snapshot(String tip, Instant since, List<Commit> commits) {}

    private HistoryCache() {}

    static Path fileFor(Path cacheRoot, Path commonDir) {
        return cacheRoot.resolve("git-history").resolve(Digests.shortName(commonDir.toString()) + ".bin");
    }

    static Optional<Snapshot> read(Path file, Path commonDir) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getLong() != MAGIC || in.getInt() != VERSION) return Optional.empty();
            if (!commonDir.toString().equals(string(in))) return Optional.empty();
            String tip = hex(in);
            long sinceSeconds = in.getLong();
            Instant since = sinceSeconds == Long.MIN_VALUE ? null : Instant.ofEpochSecond(sinceSeconds);
            String[] strings = new String[in.getInt()];
            for (int i = 0; i < strings.length; i++) strings[i] = string(in);
            int n = in.getInt();
            List<Commit> commits = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = hex(in);
                int np = in.get() & 0xff;
                List<String> parents = new ArrayList<>(np);
                for (int p = 0; p < np; p++) parents.add(hex(in));
                String name = strings[in.getInt()];
                String email = strings[in.getInt()];
                Instant authored = Instant.ofEpochSecond(in.getLong());
                Instant committed = Instant.ofEpochSecond(in.getLong());
                String subject = string(in);
                String body = string(in);
                int nPaths = in.getInt();
                String[] paths = new String[nPaths];
                for (int p = 0; p < nPaths; p++) paths[p] = strings[in.getInt()];
                commits.add(new Commit(id, parents, name, email, authored, committed, subject, body, List.of(paths)));
            }
            if (in.hasRemaining()) return Optional.empty();
            return Optional.of(new Snapshot(tip, since, commits));
        } catch (IOException | BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException
                 | NegativeArraySizeException | SecurityException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, Path commonDir, Snapshot snapshot) throws IOException {
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        for (Commit c : snapshot.commits()) {
            index(table, strings, c.authorName());
            index(table, strings, c.authorEmail());
            for (String p : c.paths()) index(table, strings, p);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            string(out, commonDir.toString());
            hex(out, snapshot.tip());
            out.writeLong(snapshot.since() == null ? Long.MIN_VALUE : snapshot.since().getEpochSecond());
            out.writeInt(strings.size());
            for (String s : strings) string(out, s);
            out.writeInt(snapshot.commits().size());
            for (Commit c : snapshot.commits()) {
                hex(out, c.id());
                out.writeByte(c.parents().size());
                for (String p : c.parents()) hex(out, p);
                out.writeInt(table.get(c.authorName()));
                out.writeInt(table.get(c.authorEmail()));
                out.writeLong(c.authorTime().getEpochSecond());
                out.writeLong(c.committerTime().getEpochSecond());
                string(out, c.subject());
                string(out, c.body());
                out.writeInt(c.paths().size());
                for (String p : c.paths()) out.writeInt(table.get(p));
            }
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                bytes.writeTo(os);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void index(Map<String, Integer> table, List<String> strings, String s) {
        if (!table.containsKey(s)) {
            table.put(s, strings.size());
            strings.add(s);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(ByteBuffer in) {
        int len = in.getInt();
        if (len < 0 || len > in.remaining()) throw new IllegalArgumentException("bad length");
        String s = new String(in.array(), in.position(), len, StandardCharsets.UTF_8);
        in.position(in.position() + len);
        return s;
    }

    private static void hex(DataOutputStream out, String id) throws IOException {
        byte[] b = HexFormat.of().parseHex(id);
        out.writeByte(b.length);
        out.write(b);
    }

    private static String hex(ByteBuffer in) {
        byte[] b = new byte[in.get() & 0xff];
        in.get(b);
        return HexFormat.of().formatHex(b);
    }

}
