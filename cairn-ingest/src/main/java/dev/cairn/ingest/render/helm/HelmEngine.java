package dev.cairn.ingest.render.helm;

import dev.cairn.ingest.render.InputDigest;
import java.io.IOException;
import java.net.URISyntaxException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Something that runs {@code helm template}: the {@code helm} executable, or Helm in-process through
 * helm-java (module {@code cairn-helm-java}, found with {@link java.util.ServiceLoader}).
 */
public interface HelmEngine {
    /** How the report names it, e.g. {@code helm v3.16.2} or {@code helm-java (in-process)}. */
    String name();

    /**
     * What tells this engine's Helm from another's, for the render cache: by default the jar or folder its
     * class was loaded from (path, size and time), which changes with the Helm it carries.
     */
    default String identity() throws IOException {
        try {
            return InputDigest.identity(Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where " + name() + " was loaded from", e);
        }
    }

    /** The rendered manifests, with Helm's {@code # Source:} markers; empty, never null, when the chart renders nothing. */
    String template(Request request) throws HelmException;

    /**
     * @param valuesFile  a values file given on top of the chart's own {@code values.yaml}, or empty
     * @param kubeVersion the Kubernetes version templates see as {@code .Capabilities.KubeVersion}, e.g. {@code 1.31.0}
     */
    record Request(Path chart, String releaseName, Optional<Path> valuesFile, String kubeVersion) {}

    /**
     * Helm refused the chart: its message, as Helm wrote it. A refusal is lasting (the chart's own doing, so it
     * is kept with a render); one that says more about this machine than the chart (a time limit, a Helm that
     * cannot run) is {@linkplain #passing passing}.
     */
    final class HelmException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean lasting;

        public HelmException(String message) {
            this(message, true);
        }

        private HelmException(String message, boolean lasting) {
            super(message);
            this.lasting = lasting;
        }

        /** A failure of this machine, not of the chart: another scan may render it. */
        public static HelmException passing(String message) {
            return new HelmException(message, false);
        }

        public boolean lasting() {
            return lasting;
        }
    }
}
