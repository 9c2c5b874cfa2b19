package dev.cairn.ingest.render.helm;

import dev.cairn.ingest.render.InputDigest;

import dev.cairn.ingest.render.ProcessRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code helm template} run as a child process, with the runner's time and output limits. */
public final class HelmCli implements HelmEngine {
    private final Path helm;
    private final ProcessRunner runner;

    public HelmCli(Path helm, ProcessRunner runner) {
        this.helm = helm;
        this.runner = runner;
    }

    @Override
    public String name() {
        return "helm (" + helm + ")";
    }

    @Override
    public String identity() throws IOException {
        return InputDigest.identity(helm);
    }

    @Override
    public String template(Request request) throws HelmException {
        List<String> command = new ArrayList<>(List.of(helm.toString(), "template", request.releaseName(),
                request.chart().toString(), "--kube-version", request.kubeVersion()));
        request.valuesFile().ifPresent(v -> command.addAll(List.of("--values", v.toString())));
        try {
            ProcessRunner.Result r = runner.run(command, request.chart());
            if (!r.ok()) {
                String why = r.failure(runner.timeout(), runner.maxOutput()).replaceFirst("^Error: ", "");
                throw r.timedOut() || r.truncated() ? HelmException.passing(why) : new HelmException(why);
            }
            return r.stdout();
        } catch (IOException e) {
            throw HelmException.passing("cannot run helm: " + e.getMessage());
        }
    }
}
