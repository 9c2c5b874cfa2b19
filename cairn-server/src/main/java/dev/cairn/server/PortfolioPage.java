package dev.cairn.server;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.report.html.Badge;
import dev.cairn.report.html.Element;
import dev.cairn.report.html.Sparkline;
import dev.cairn.report.html.Tables;
import dev.cairn.store.FindingCounts;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.RepositoryState;
import dev.cairn.store.ScanSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /}: every repository in the store with its latest scan: each aspect's state and score with the change since
 * the scan before, the counted findings, and a sparkline of the counted findings of the last 30 days.
 */
final class PortfolioPage {
    static final Duration SPARKLINE_WINDOW = Duration.ofDays(30);

    private final HistoryStore store;
    private final Clock clock;

    PortfolioPage(HistoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    String render() {
        List<RepositoryState> repositories = store.latest();
        Element main = Element.of("main").id("main");
        if (repositories.isEmpty()) {
            main.add(Page.empty("No scans in this store yet: record one with 'cairn scan --history=DB', or upload one"
                    + " from CI with 'cairn scan --upload URL'."));
        } else {
            main.add(Element.of("p", repositories.size() + (repositories.size() == 1 ? " repository" : " repositories")
                    + ", each as its latest scan found it.").cls("lead"));
            main.add(table(repositories, store.findingCountsSince(clock.instant().minus(SPARKLINE_WINDOW))));
        }
        return Page.render("portfolio", Page.heading("Portfolio"), List.of(new Page.Crumb("Portfolio", null)), List.of(main));
    }


    private static Element table(List<RepositoryState> repositories, Map<String, List<FindingCounts>> recent) {
        List<String> columns = new ArrayList<>(List.of("Repository", "Scanned"));
        for (Aspect a : Aspect.values()) {
            columns.add(a.title());
        }
        columns.addAll(List.of("Findings", "Last 30 days"));
        Element table = Tables.table("portfolio", "Level 1 state and score per aspect, with the change since the scan"
                + " before; counted findings by severity", columns).cls("portfolio");
        Element body = Element.of("tbody");
        int row = 0;
        for (RepositoryState r : repositories) {
            ScanSummary latest = r.latest();
            Element tr = Element.of("tr").attr("data-repository", r.repository())
                    .add(Element.of("th").attr("scope", "row").add(Element.of("a", r.repository()).href(Links.repository(r.repository()))))
                    .add(Element.of("td").cls("when").add(Element.of("a").href(Links.scan(latest.id())).add(Page.date(latest.scannedAt()))));
            for (Aspect a : Aspect.values()) {
                tr.add(aspectCell(a, latest.aspects(), r.previous()));
            }
            tr.add(findings(latest.findings()));
            tr.add(sparkline(row++, recent.getOrDefault(r.repository(), List.of())));
            body.add(tr);
        }
        return table.add(body);
    }

    private static Element aspectCell(Aspect aspect, List<AspectScore> latest, List<AspectScore> previous) {
        Element td = Element.of("td").cls("aspect").attr("data-aspect", aspect.name().toLowerCase(Locale.ROOT));
        Optional<AspectScore> now = find(latest, aspect);
        if (now.isEmpty()) {
            return td.add(Element.of("span", "not judged").cls("muted"));
        }
        td.add(Badge.state(now.get().state()));
        Integer score = now.get().score();
        Element figures = Element.of("div").cls("figures")
                .add(Element.of("span", score == null ? "not scored" : String.valueOf(score)).cls("score"));
        Integer before = find(previous, aspect).map(AspectScore::score).orElse(null);
        if (score != null && before != null) {
            int change = score - before;
            String text = change > 0 ? "+" + change : change < 0 ? "\u2212" + (-change) : "\u00b10";
            figures.add(Element.of("span", text).cls("delta " + (change > 0 ? "up" : change < 0 ? "down" : "same"))
                    .attr("title", "was " + before + " in the scan before"));
        }
        return td.add(figures);
    }

    private static Optional<AspectScore> find(List<AspectScore> scores, Aspect aspect) {
        return scores.stream().filter(s -> s.aspect() == aspect).findFirst();
    }

    private static Element findings(FindingCounts counts) {
        Element td = Element.of("td").cls("num").add(Element.of("span", String.valueOf(counts.counted())).cls("score"));
        if (counts.critical() + counts.high() > 0) {
            td.add(Element.of("div", counts.critical() + " critical, " + counts.high() + " high").cls("detail"));
        }
        return td;
    }

    private static Element sparkline(int row, List<FindingCounts> scans) {
        if (scans.isEmpty()) {
            return Element.of("td").add(Element.of("span", "no scans").cls("muted"));
        }
        List<Double> counted = scans.stream().map(s -> (double) s.counted()).toList();
        return Element.of("td").cls("spark").add(Sparkline.render("spark-" + row, "counted findings", counted));
    }
}
