package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * When a container lists the same variable twice in {@code env}, Kubernetes keeps the last one: the
 * earlier value is dead configuration that readers still trust, and tools that merge lists by name
 * (server-side apply, kustomize patches) may reject or mangle it.
 */
public final class DuplicateEnvVarCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-032", "duplicate-env-var")
            .title("Container sets the same environment variable twice")
            .severity(Severity.MEDIUM)
            .criteria("TEC-23")
            .equivalent(Peer.KUBE_LINTER, "duplicate-env-var")
            .equivalent(Peer.KUBE_SCORE, "environment-variable-key-duplication")
            .equivalent(Peer.KUBESCAPE, "C-0295")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        container.node().seq("env").ifPresent(env -> {
            Set<String> seen = new HashSet<>();
            for (YNode item : env.items()) {
                Optional<YEntry> name = item.asMap().flatMap(m -> m.entry("name"));
                String value = name.flatMap(e -> e.value().asScalar()).flatMap(YScalar::string).orElse("");
                if (!value.isEmpty() && !seen.add(value)) {
                    sink.report(name.get(), describe(container) + " sets environment variable \"" + value
                            + "\" again; only the last value counts: keep one entry");
                }
            }
        });
    }
}
