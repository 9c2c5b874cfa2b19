package dev.cairn.ingest.render.helm;

import dev.cairn.ingest.render.ProcessRunner;
import dev.cairn.ingest.render.RenderTools;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Picks the Helm renderer: {@code helm} on PATH first (the user's own Helm, and no native library in our
 * process), else helm-java. helm-java carries a 98 MB native Helm, so the distribution keeps it out of
 * {@code cairn.jar}: its jars sit in {@code helm-java/} beside it and are loaded only here, only when a
 * chart is scanned and no {@code helm} is on PATH. On the class path (tests) it is found directly.
 */
public final class HelmEngines {
    /** The folder beside {@code cairn.jar} that holds helm-java and its dependencies. */
    public static final String FOLDER = "helm-java";

    private HelmEngines() {}

    public static Optional<HelmEngine> find(RenderTools tools, ProcessRunner runner) {
        Optional<Path> helm = tools.helm();
        if (helm.isPresent()) {
            return Optional.of(new HelmCli(helm.get(), runner));
        }
        Optional<HelmEngine> onClassPath = ServiceLoader.load(HelmEngine.class, HelmEngines.class.getClassLoader()).findFirst();
        return onClassPath.isPresent() ? onClassPath : besideDistribution();
    }

    private static Optional<HelmEngine> besideDistribution() {
        try {
            URL self = HelmEngines.class.getProtectionDomain().getCodeSource().getLocation();
            Path folder = Path.of(self.toURI()).getParent().resolve(FOLDER);
            if (!Files.isDirectory(folder)) {
                return Optional.empty();
            }
            List<URL> jars = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            }
            // Never closed: the engine's classes and native library live as long as the scan.
            URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), HelmEngines.class.getClassLoader());
            return ServiceLoader.load(HelmEngine.class, loader).findFirst();
        } catch (URISyntaxException | IOException | SecurityException | java.util.ServiceConfigurationError e) {
            return Optional.empty();
        }
    }
}
