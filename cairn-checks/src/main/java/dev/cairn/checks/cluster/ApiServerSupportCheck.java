package dev.cairn.checks.cluster;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ClusterCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes minor release gets upstream patches for about fourteen months; after that, security fixes
 * stop. The API server's version is judged against {@link SupportWindow} on the scan date.
 */
public final class ApiServerSupportCheck implements ClusterCheck, ParameterizedCheck<SupportWindow> {
    private static final Pattern VERSION = Pattern.compile("v?1\\.([0-9]{1,3})(\\..*)?");

    private static final CheckSpec SPEC = CheckSpec.builder("CLU-002", "api-server-support")
            .title("API server runs a Kubernetes release out of upstream support")
            .severity(Severity.MEDIUM)
            .aspect(Aspect.PROCESS)
            .criteria("PRC-7")
            .inputs(InputKind.CLUSTER)
            .build();

    private final SupportWindow window;

    public ApiServerSupportCheck() {
        this(SupportWindow.upstream());
    }

    private ApiServerSupportCheck(SupportWindow window) {
        this.window = window;
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public SupportWindow params() {
        return window;
    }

    @Override
    public Check withParams(SupportWindow params) {
        return new ApiServerSupportCheck(params);
    }

    @Override
    public boolean appliesTo(ClusterSnapshot cluster) {
        return minor(cluster.info().serverVersion()).isPresent();
    }

    @Override
    public void check(ClusterSnapshot cluster, LocalDate today, FindingSink sink) {
        String version = cluster.info().serverVersion();
        int minor = minor(version).orElseThrow();
        Optional<SupportWindow.Release> release = window.release(minor);
        boolean ended = release.map(r -> r.end().isBefore(today)).orElse(minor < window.oldestListed());
        if (!ended) {
            return;
        }
        List<SupportWindow.Release> supported = window.supportedOn(today);
        String since = release.map(r -> " since " + r.endOfLife()).orElse("");
        String upgrade = supported.isEmpty() ? "upgrade to a supported release"
                : "upgrade to " + supported.get(0).version() + " or newer (supported on " + today + ": "
                        + String.join(", ", supported.stream().map(SupportWindow.Release::version).toList())
                        + "; table as of " + window.asOf() + ")";
        sink.report(cluster.location(), null, "API server " + version + " is Kubernetes 1." + minor
                + ", out of upstream support" + since + ": " + upgrade);
    }

    static Optional<Integer> minor(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(version.strip());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
