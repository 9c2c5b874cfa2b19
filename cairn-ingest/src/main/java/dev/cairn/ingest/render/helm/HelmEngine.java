package dev.cairn.ingest.render.helm;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Something that runs {@code helm template}: the {@code helm} executable, or Helm in-process through
 * helm-java (module {@code cairn-helm-java}, found with {@link java.util.ServiceLoader}).
 */
public interface HelmEngine {
    /** How the report names it, e.g. {@code helm v3.16.2} or {@code helm-java (in-process)}. */
    String name();

    /** The rendered manifests, with Helm's {@code # Source:} markers. */
    String template(Request request) throws HelmException;

    /**
     * @param valuesFile  a values file given on top of the chart's own {@code values.yaml}, or empty
     * @param kubeVersion the Kubernetes version templates see as {@code .Capabilities.KubeVersion}, e.g. {@code 1.31.0}
     */
    record Request(Path chart, String releaseName, Optional<Path> valuesFile, String kubeVersion) {}

    /** Helm refused the chart: its message, as Helm wrote it. */
    final class HelmException extends Exception {
        private static final long serialVersionUID = 1L;

        public HelmException(String message) {
            super(message);
        }
    }
}
