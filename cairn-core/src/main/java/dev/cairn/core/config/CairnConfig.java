package dev.cairn.core.config;

import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import java.util.List;
import java.util.Map;

/**
 * The user's {@code .cairn.yaml}, validated. Check keys are resolved to check ids by the loader, so that
 * {@code K8S-001} and {@code privileged-container} mean the same thing everywhere.
 *
 * @param source      the file it came from, or null for the defaults
 * @param maxFileSize files larger than this many bytes are skipped with a note
 * @param params      bound parameter records per check id
 * @param kpis        the {@code kpis:} section: deployment source and targets
 * @param pricing     prices for the cost estimate ({@code pricing:}, else OpenCost's defaults)
 */
public record CairnConfig(
        SourcePath source,
        List<String> include,
        List<String> exclude,
        long maxFileSize,
        List<String> disabled,
        Map<String, Severity> severity,
        Map<String, Record> params,
        List<Waiver> waivers,
        KpiConfig kpis,
        Pricing pricing) {

    public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

    public CairnConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        disabled = List.copyOf(disabled);
        severity = Map.copyOf(severity);
        params = Map.copyOf(params);
        waivers = List.copyOf(waivers);
        kpis = kpis == null ? KpiConfig.NONE : kpis;
        pricing = pricing == null ? Pricing.OPENCOST_DEFAULTS : pricing;
    }

    public static CairnConfig defaults() {
        return new CairnConfig(null, List.of(), List.of(), DEFAULT_MAX_FILE_SIZE, List.of(), Map.of(), Map.of(),
                List.of(), KpiConfig.NONE, Pricing.OPENCOST_DEFAULTS);
    }

    public CairnConfig withMaxFileSize(long bytes) {
        return new CairnConfig(source, include, exclude, bytes, disabled, severity, params, waivers, kpis, pricing);
    }
}
