package dev.cairn.ingest.history;

import dev.cairn.core.history.Commit;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Commits and changed paths from the {@code git} executable:
 * {@code git log -z --no-renames --name-only --format=...}, parsed as it streams.
 */
public final class NativeGitCommitSource implements CommitSource {
    private static final String FORMAT = "--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%s%x1f%b%x1f";
    private static final int FIELDS = 8;
    private final String executable;

    public NativeGitCommitSource(String executable) {
        this.executable = executable;
    }

    /** The {@code git} on PATH, if there is one. */
    public static String onPath(String pathVariable) {
        if (pathVariable == null) return null;
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "git");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    @Override
    public String name() {
        return "git";
    }

    @Override
    public List<Commit> read(RepoHandle repo, String head, Collection<String> exclude, Instant since) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(executable, "--git-dir=" + repo.gitDir().getAbsolutePath(),
                "-c", "core.quotePath=false", "-c", "i18n.logOutputEncoding=UTF-8", "-c", "log.showSignature=false",
                "log", "-z", "--no-renames", "--name-only", "--no-color", "--no-decorate", "--no-mailmap", FORMAT));
        if (since != null && since.getEpochSecond() > 100_000_000L) {
            // git reads small '@<seconds>' values as something else; older bounds are applied while parsing
            cmd.add("--since=@" + since.getEpochSecond());
        }
        cmd.add(head);
        for (String x : exclude) {
            if (repo.repository().getObjectDatabase().has(org.eclipse.jgit.lib.ObjectId.fromString(x))) {
                cmd.add("^" + x);
            }
        }
        cmd.add("--");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().remove("GIT_DIR");
        pb.environment().remove("GIT_WORK_TREE");
        Process process = pb.start();
        List<Commit> commits;
        try (InputStream in = process.getInputStream()) {
            commits = parse(in, since);
        } finally {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (process.exitValue() != 0) {
            throw new IOException("git log exited with " + process.exitValue());
        }
        return commits;
    }

    /** Parses the {@code -z} stream: per commit, 0x1e, eight 0x1f-terminated fields, NUL, then optional "\n" + NUL-terminated paths. */
    static List<Commit> parse(InputStream stream, Instant since) throws IOException {
        Input in = new Input(stream);
        List<Commit> out = new ArrayList<>();
        Map<String, String> interned = new HashMap<>();
        Bytes buf = new Bytes();
        String[] fields = new String[FIELDS];
        int b = in.read();
        while (b == 0x1e) {
            for (int f = 0; f < FIELDS; f++) {
                buf.reset();
                while ((b = in.read()) != 0x1f) {
                    if (b < 0) throw new IOException("truncated git log output");
                    buf.add(b);
                }
                fields[f] = buf.string();
            }
            b = in.read(); // NUL after the format
            List<String> paths = new ArrayList<>();
            b = in.read();
            if (b == '\n') {
                b = in.read();
                while (b >= 0 && b != 0x1e) {
                    buf.reset();
                    while (b > 0) {
                        buf.add(b);
                        b = in.read();
                    }
                    if (buf.size > 0) {
                        String p = buf.string();
                        paths.add(interned.computeIfAbsent(p, k -> k));
                    }
                    b = in.read();
                }
            }
            List<String> parents = fields[1].isEmpty() ? List.of() : Arrays.asList(fields[1].split(" "));
            Instant committed = Instant.ofEpochSecond(Long.parseLong(fields[5]));
            if (since == null || !committed.isBefore(since)) {
                out.add(new Commit(fields[0], parents, fields[2], fields[3], Instant.ofEpochSecond(Long.parseLong(fields[4])),
                        committed, fields[6], fields[7].stripTrailing(), parents.size() > 1 ? List.of() : paths));
            }
        }
        return out;
    }

    /** An unsynchronised buffered byte reader. */
    private static final class Input {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;

        Input(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++] & 0xff;
        }
    }

    private static final class Bytes {
        byte[] data = new byte[256];
        int size;

        void reset() {
            size = 0;
        }

        void add(int b) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = (byte) b;
        }

        String string() {
            return new String(data, 0, size, StandardCharsets.UTF_8);
        }
    }
}
