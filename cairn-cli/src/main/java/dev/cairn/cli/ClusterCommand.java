package dev.cairn.cli;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.cluster.ClusterException;
import dev.cairn.cluster.LiveCluster;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.model.ScanReport;
import dev.cairn.engine.ClusterScan;
import dev.cairn.ingest.cluster.SnapshotException;
import dev.cairn.ingest.cluster.SnapshotReader;
import dev.cairn.ingest.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cairn cluster}: the checks on a live cluster, or on a snapshot of one, without a repository. */
@Command(name = "cluster", mixinStandardHelpOptions = true, subcommands = ClusterSnapshotCommand.class,
        description = "Check a live cluster (read with get and list only) or a snapshot of one: the manifest checks"
                + " on what the team deployed, plus cluster-only checks (Pod Security labels, API server support,"
                + " metrics, logging, failing pods).",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error,",
                "3 the cluster could not be read or an output not written.",
                "Examples: cairn cluster --context staging --format html=cluster.html",
                "          cairn cluster snapshot -o staging.yaml;  cairn cluster --snapshot staging.yaml"})
public final class ClusterCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClusterSelection selection = new ClusterSelection();

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Check this snapshot (cairn cluster snapshot or kubectl get -o yaml) instead of a live cluster")
    Path snapshot;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
            description = "text|json|sarif|junit|markdown|html; repeatable; without =FILE it goes to stdout (at most one may)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "none|info|low|medium|high|critical (default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A .cairn.yaml whose check selection, severities and waivers apply (default: none)")
    Path config;

    public ClusterCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        ReportOutputs outputs = ReportOutputs.parse(formats, failOn, spec, env);
        if (snapshot != null && selection.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--snapshot reads a file: --kubeconfig, --context and --namespace choose a live cluster instead");
        }
        CheckRegistry registry = BuiltInChecks.registry();
        CairnConfig cairnConfig;
        try {
            cairnConfig = config == null ? CairnConfig.defaults() : new ConfigLoader(registry).load(config, config.toString());
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("cairn: " + e.display());
            return ExitCode.USAGE;
        }
        ClusterSnapshot cluster;
        try {
            cluster = snapshot != null ? SnapshotReader.read(snapshot)
                    : LiveCluster.snapshot(LiveCluster.read(selection.kubeconfigChoice(), selection.namespace(), env.clock()));
        } catch (SnapshotException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--snapshot: " + e.getMessage());
        } catch (ClusterException e) {
            spec.commandLine().getErr().println("cairn: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        ScanReport report = new ClusterScan(registry, env.clock(), Version.toolInfo()).scan(cluster, cairnConfig);
        if (!outputs.write(report, BuiltInRules.of(registry))) {
            return ExitCode.FAILURE;
        }
        return outputs.gate(report);
    }
}
