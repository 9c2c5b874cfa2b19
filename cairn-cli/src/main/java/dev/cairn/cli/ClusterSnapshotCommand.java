package dev.cairn.cli;

import dev.cairn.cluster.ClusterException;
import dev.cairn.cluster.ClusterRead;
import dev.cairn.cluster.LiveCluster;
import dev.cairn.cluster.SnapshotWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cairn cluster snapshot -o FILE}: what {@code cairn cluster} reads, written to share or scan offline. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Read the cluster (list only) and write what was read as a YAML List, to scan offline with"
                + " 'cairn cluster --snapshot FILE' or 'cairn scan --cluster-snapshot FILE'.",
        footer = {"", "Secrets and ConfigMaps are never read. Exit codes: 0 written, 2 usage error,"
                + " 3 the cluster or the file could not be used."})
public final class ClusterSnapshotCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClusterSelection selection = new ClusterSelection();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The snapshot file to write")
    Path output;

    public ClusterSnapshotCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ClusterRead read;
        try {
            read = LiveCluster.read(selection.kubeconfigChoice(), selection.namespace(), env.clock());
        } catch (ClusterException e) {
            spec.commandLine().getErr().println("cairn: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        try {
            Files.writeString(output, SnapshotWriter.write(read), StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cairn: cannot write " + output + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        var err = spec.commandLine().getErr();
        err.println("cairn: wrote " + read.objects().size() + " objects of context " + read.context() + " to " + output);
        read.notRead().forEach(line -> err.println("cairn: " + line));
        return ExitCode.OK;
    }
}
