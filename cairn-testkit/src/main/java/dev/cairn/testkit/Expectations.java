package dev.cairn.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expected findings of a fixture. In YAML and other files with {@code #} comments, a line
 * {@code # expect: K8S-004 "memory limit"} names a finding on the next line that is not itself an
 * expectation (error-prone's "BUG: Diagnostic contains"). Files without comments (JSON) carry a sidecar
 * {@code <file>.expect} with lines {@code <line> <check-id> "<message part>"}.
 */
public final class Expectations {
    private static final Pattern INLINE = Pattern.compile("^\\s*#\\s*expect:\\s*([A-Z0-9]+-\\d{3})\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");
    private static final Pattern SIDECAR = Pattern.compile("^(\\d+)\\s+([A-Z0-9]+-\\d{3})\\s+\"([^\"]*)\"\\s*$");

    private Expectations() {}

    public static List<Expectation> read(Path file, String relativePath) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
        if (Files.isRegularFile(sidecar)) {
            return sidecar(sidecar, relativePath);
        }
        List<String> lines = lines(file);
        List<Expectation> out = new ArrayList<>();
        List<Matcher> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = INLINE.matcher(lines.get(i));
            if (m.matches()) {
                pending.add(m);
                continue;
            }
            for (Matcher p : pending) {
                out.add(new Expectation(p.group(1), relativePath, i + 1, unescape(p.group(2))));
            }
            pending.clear();
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(file + ": an '# expect:' comment must precede the offending line");
        }
        return out;
    }

    private static List<Expectation> sidecar(Path sidecar, String relativePath) throws IOException {
        List<Expectation> out = new ArrayList<>();
        for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SIDECAR.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(sidecar + ": expected '<line> <check-id> \"<message part>\"', got: " + line);
            }
            out.add(new Expectation(m.group(2), relativePath, Integer.parseInt(m.group(1)), m.group(3)));
        }
        return out;
    }

    /** {@code \"} stands for a quote inside the message part. */
    private static String unescape(String part) {
        return part.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** Lines of a fixture, tolerating invalid UTF-8 (fixtures for broken input contain it on purpose). */
    private static List<String> lines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return List.of(text.split("\\r?\\n", -1));
    }
}
