package dev.cairn.cli;

import dev.cairn.cluster.Kubeconfig;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which cluster and namespaces {@code cairn cluster} reads, named as kubectl names them. */
final class ClusterSelection {
    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "kubeconfig file (default: $KUBECONFIG, else ~/.kube/config, else the in-cluster service account)")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "CONTEXT", description = "kubeconfig context (default: the current context)")
    String context;

    @ArgGroup(exclusive = true)
    Namespaces namespaces;

    static final class Namespaces {
        @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE",
                description = "Read this namespace's objects only (cluster-wide objects are always read)")
        String namespace;

        @Option(names = {"-A", "--all-namespaces"}, description = "Read every namespace (the default)")
        boolean all;
    }

    Kubeconfig kubeconfigChoice() {
        return new Kubeconfig(kubeconfig, context);
    }

    /** The one namespace asked for, or null for all. */
    String namespace() {
        return namespaces == null ? null : namespaces.namespace;
    }

    boolean given() {
        return kubeconfig != null || context != null || namespaces != null;
    }
}
