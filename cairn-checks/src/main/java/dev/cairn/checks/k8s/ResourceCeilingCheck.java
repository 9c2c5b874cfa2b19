package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.Quantity;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YScalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Requests and limits above the ceiling a team sets for one container ({@code maxCpu}, {@code maxMemory}): a
 * typo ({@code 64Gi} for {@code 64Mi}) or a copied value that reserves a node's worth of capacity, which the
 * cost KPIs then count. Not applicable until a ceiling is configured, since what is too much depends on the
 * team's nodes. Values that are not quantities are left to the schema checks.
 */
public final class ResourceCeilingCheck extends ContainerCheck implements ParameterizedCheck<ResourceCeilingCheck.Params> {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-077", "resource-ceiling")
            .title("Container requests or limits more than the team's ceiling")
            .severity(Severity.MEDIUM)
            .criteria("TEC-18")
            .equivalent(Peer.KUBESCAPE, "C-0050")
            .build();

    /**
     * @param maxCpu    the most CPU one container may request or be limited to, e.g. {@code 4} or {@code 1500m}
     * @param maxMemory the most memory one container may request or be limited to, e.g. {@code 8Gi}
     */
    public record Params(String maxCpu, String maxMemory) {
        public Params {
            maxCpu = quantity("maxCpu", maxCpu, "2 or 500m");
            maxMemory = quantity("maxMemory", maxMemory, "8Gi or 512Mi");
        }

        private static String quantity(String field, String value, String example) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (Quantity.parse(value.strip()).isEmpty()) {
                throw new IllegalArgumentException(field + " must be a quantity such as " + example + ", not '" + value + "'");
            }
            return value.strip();
        }
    }

    private final Params params;

    public ResourceCeilingCheck() {
        this(new Params(null, null));
    }

    private ResourceCeilingCheck(Params params) {
        this.params = params;
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public Check withParams(Params params) {
        return new ResourceCeilingCheck(params);
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return (params.maxCpu() != null || params.maxMemory() != null) && super.appliesTo(object);
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        Optional<YMap> resources = container.resources();
        for (String section : List.of("requests", "limits")) {
            Optional<YMap> values = resources.flatMap(r -> r.map(section));
            judge(container, values, section, "cpu", params.maxCpu(), "maxCpu", sink);
            judge(container, values, section, "memory", params.maxMemory(), "maxMemory", sink);
        }
    }

    private static void judge(ContainerView container, Optional<YMap> values, String section, String resource,
            String ceiling, String parameter, FindingSink sink) {
        if (ceiling == null) {
            return;
        }
        Optional<YEntry> entry = values.flatMap(v -> v.entry(resource));
        Optional<BigDecimal> value = entry.flatMap(e -> e.value().asScalar()).map(YScalar::text).flatMap(Quantity::parse);
        if (value.isPresent() && value.get().compareTo(Quantity.parse(ceiling).orElseThrow()) > 0) {
            String text = entry.get().value().asScalar().map(YScalar::text).orElse("");
            sink.report(entry.get(), describe(container) + " sets " + section + "." + resource + ": " + text + ", above the "
                    + ceiling + " one container may have (checks.params.resource-ceiling." + parameter + "): lower it to"
                    + " what the container uses, or raise the ceiling if this workload needs it");
        }
    }
}
