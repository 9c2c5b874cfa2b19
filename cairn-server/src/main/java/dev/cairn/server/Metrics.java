package dev.cairn.server;

import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.report.Display;
import dev.cairn.store.FindingCounts;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.KpiSample;
import dev.cairn.store.RepositoryState;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code /metrics}: what each repository's latest scan says (aspect state, score and coverage, counted findings by
 * severity, KPI values, when it ran), read from the store at each scrape, and the requests this server answered, by
 * method, route and status. Routes are the templates ({@code /scans/{id}}), so the number of series stays bounded.
 */
final class Metrics {
    private final HistoryStore store;
    private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();

    private record RequestKey(String method, String route, int status) {}

    Metrics(HistoryStore store) {
        this.store = store;
    }

    void count(Context ctx) {
        requests.computeIfAbsent(new RequestKey(ctx.method().name(), Routes.template(ctx), ctx.status().getCode()),
                k -> new LongAdder()).increment();
    }

    String render() {
        List<RepositoryState> repositories = store.latest();
        Map<String, List<KpiSample>> kpis = store.latestKpis();
        Exposition out = new Exposition();
        out.family("cairn_aspect_score", "gauge", "Level 1 score (0 to 100) of each aspect in the repository's latest scan");
        for (RepositoryState r : repositories) {
            for (AspectScore a : r.latest().aspects()) {
                if (a.score() != null) {
                    out.sample("cairn_aspect_score", a.score(), "repository", r.repository(), "aspect", aspect(a));
                }
            }
        }
        out.family("cairn_aspect_coverage", "gauge", "Share of the aspect's weighted criteria with a verdict (0 to 1)");
        for (RepositoryState r : repositories) {
            for (AspectScore a : r.latest().aspects()) {
                out.sample("cairn_aspect_coverage", a.coverage(), "repository", r.repository(), "aspect", aspect(a));
            }
        }
        out.family("cairn_aspect_state", "gauge", "1 for the aspect's state in the repository's latest scan, 0 for the others");
        for (RepositoryState r : repositories) {
            for (AspectScore a : r.latest().aspects()) {
                for (AspectState state : AspectState.values()) {
                    out.sample("cairn_aspect_state", a.state() == state ? 1 : 0, "repository", r.repository(),
                            "aspect", aspect(a), "state", Display.words(state).replace(' ', '-'));
                }
            }
        }
        out.family("cairn_findings", "gauge", "Counted findings of the repository's latest scan, by severity");
        for (RepositoryState r : repositories) {
            FindingCounts f = r.latest().findings();
            String name = r.repository();
            out.sample("cairn_findings", f.critical(), "repository", name, "severity", "critical")
                    .sample("cairn_findings", f.high(), "repository", name, "severity", "high")
                    .sample("cairn_findings", f.medium(), "repository", name, "severity", "medium")
                    .sample("cairn_findings", f.low(), "repository", name, "severity", "low")
                    .sample("cairn_findings", f.info(), "repository", name, "severity", "info");
        }
        out.family("cairn_kpi_value", "gauge", "Value of each KPI in the repository's latest scan, in the unit named");
        kpis.forEach((repository, samples) -> {
            for (KpiSample k : samples) {
                if (k.value() != null) {
                    out.sample("cairn_kpi_value", k.value(), "repository", repository, "kpi", k.id(), "unit", k.unit());
                }
            }
        });
        out.family("cairn_latest_scan_timestamp_seconds", "gauge", "When the repository's latest scan ran (Unix time)");
        for (RepositoryState r : repositories) {
            out.sample("cairn_latest_scan_timestamp_seconds", r.latest().scannedAt().getEpochSecond(),
                    "repository", r.repository());
        }
        out.family("cairn_http_requests_total", "counter", "Requests this server answered, by method, route and status");
        Map<RequestKey, Long> sorted = new TreeMap<>(java.util.Comparator.comparing(RequestKey::route)
                .thenComparing(RequestKey::method).thenComparingInt(RequestKey::status));
        requests.forEach((k, v) -> sorted.put(k, v.sum()));
        sorted.forEach((k, n) -> out.sample("cairn_http_requests_total", n, "method", k.method(), "route", k.route(),
                "status", String.valueOf(k.status())));
        return out.text();
    }

    private static String aspect(AspectScore a) {
        return a.aspect().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
