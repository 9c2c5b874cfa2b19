package dev.cairn.ingest.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renderers on PATH: {@code kustomize} (or {@code kubectl kustomize}) when its kustomize is v4.5.4 or
 * newer, the first release whose {@code buildMetadata: [originAnnotations]} gives every object's source file,
 * and {@code helm}. Found once per scan, and only when the repository has something to render.
 */
public final class RenderTools {
    /** The oldest kustomize that writes origin annotations reliably. */
    static final int[] MIN_KUSTOMIZE = {4, 5, 4};
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern KUBECTL_KUSTOMIZE = Pattern.compile("Kustomize Version:\\s*v?(\\d+\\.\\d+\\.\\d+)");

    private final String pathVariable;
    private final ProcessRunner runner;

    public RenderTools(String pathVariable, ProcessRunner runner) {
        this.pathVariable = pathVariable;
        this.runner = runner;
    }

    /**
     * A kustomize that can render, as the command prefix to which the kustomization folder is added, and its
     * version (null for the {@link #likelyKustomize likely} one, whose version is being asked for meanwhile).
     */
    public record Kustomize(List<String> command, String version) {}

    /** Why no kustomize is usable, or the one to use. */
    public record KustomizeLookup(Optional<Kustomize> kustomize, String whyNot) {}

    public KustomizeLookup kustomize() {
        String tooOld = null;
        Optional<Path> standalone = onPath("kustomize");
        if (standalone.isPresent()) {
            Optional<String> v = versionOf(List.of(standalone.get().toString(), "version"), VERSION);
            if (v.isPresent() && atLeast(v.get(), MIN_KUSTOMIZE)) {
                return new KustomizeLookup(Optional.of(new Kustomize(List.of(standalone.get().toString(), "build"), v.get())), null);
            }
            tooOld = "kustomize " + v.orElse("of unknown version");
        }
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            Optional<String> v = versionOf(List.of(kubectl.get().toString(), "version", "--client"), KUBECTL_KUSTOMIZE);
            if (v.isPresent() && atLeast(v.get(), MIN_KUSTOMIZE)) {
                return new KustomizeLookup(Optional.of(new Kustomize(List.of(kubectl.get().toString(), "kustomize"), v.get())), null);
            }
            tooOld = (tooOld == null ? "" : tooOld + " and ") + "kubectl with kustomize " + v.orElse("of unknown version");
        }
        String need = "kustomize v" + MIN_KUSTOMIZE[0] + "." + MIN_KUSTOMIZE[1] + "." + MIN_KUSTOMIZE[2] + " or newer";
        return new KustomizeLookup(Optional.empty(), tooOld == null
                ? "neither kustomize nor kubectl is on PATH (" + need + " is needed)"
                : tooOld + " found, but " + need + " is needed");
    }

    /**
     * The command {@link #kustomize()} chooses when its version is new enough, before that is known: a standalone
     * {@code kustomize} on PATH, else {@code kubectl kustomize}. Rendering starts with it while the version is
     * asked for, instead of after.
     */
    public Optional<List<String>> likelyKustomize() {
        return onPath("kustomize").map(k -> List.of(k.toString(), "build"))
                .or(() -> onPath("kubectl").map(k -> List.of(k.toString(), "kustomize")));
    }

    /** The {@code helm} executable on PATH, if any. */
    public Optional<Path> helm() {
        return onPath("helm");
    }

    Optional<Path> onPath(String name) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<String> versionOf(List<String> command, Pattern pattern) {
        try {
            ProcessRunner.Result r = runner.run(command, Path.of(System.getProperty("java.io.tmpdir")));
            Matcher m = pattern.matcher(r.stdout() + "\n" + r.stderr());
            return r.exitCode() == 0 && m.find() ? Optional.of(versionText(m)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String versionText(Matcher m) {
        return m.groupCount() == 3 ? m.group(1) + "." + m.group(2) + "." + m.group(3) : m.group(1);
    }

    /** Whether a version such as {@code 5.5.0} or {@code v4.5.7} is at least {@code min}. */
    static boolean atLeast(String version, int[] min) {
        Matcher m = VERSION.matcher(version);
        if (!m.find()) return false;
        for (int i = 0; i < 3; i++) {
            int part = Integer.parseInt(m.group(i + 1));
            if (part != min[i]) return part > min[i];
        }
        return true;
    }
}
