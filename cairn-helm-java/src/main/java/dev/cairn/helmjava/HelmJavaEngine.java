package dev.cairn.helmjava;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.cairn.ingest.render.helm.HelmEngine;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code helm template} in this process, through helm-java's native Helm (loaded on first use, about 1.5 s).
 * A native call cannot be interrupted, so each render runs on a daemon thread and is abandoned after the
 * time limit: the scan goes on with a render problem, and the thread dies with the JVM.
 */
public final class HelmJavaEngine implements HelmEngine {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final ExecutorService HELM = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cairn-helm-java");
        t.setDaemon(true);
        return t;
    });

    @Override
    public String name() {
        return "helm-java (in-process)";
    }

    @Override
    public String template(Request request) throws HelmException {
        Future<String> rendered = HELM.submit(() -> {
            TemplateCommand command = new Helm(request.chart()).template()
                    .withName(request.releaseName())
                    .withKubeVersion(request.kubeVersion());
            request.valuesFile().ifPresent(command::withValuesFile);
            String manifests = command.call();
            return manifests == null ? "" : manifests; // helm-java gives null where a chart renders nothing
        });
        try {
            return rendered.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LinkageError) {
                throw HelmException.passing("helm-java cannot load its native Helm on this platform: " + cause.getMessage());
            }
            throw new HelmException(cause.getMessage() == null ? cause.toString() : cause.getMessage().strip());
        } catch (TimeoutException e) {
            rendered.cancel(true);
            throw HelmException.passing("stopped after " + LIMIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HelmException.passing("interrupted");
        }
    }
}
