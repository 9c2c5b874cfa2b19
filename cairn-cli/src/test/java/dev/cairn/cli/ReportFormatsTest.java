package dev.cairn.cli;

import static dev.cairn.cli.Cli.copyExample;
import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --format html} and {@code --format markdown} on the examples, checked against the JSON of the same scan. */
class ReportFormatsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void htmlFileOfShopHoldsWhatTheJsonReportHolds() throws IOException {
        Path shop = copyExample("shop", tmp);
        Path html = tmp.resolve("out.html");
        Path json = tmp.resolve("out.json");

        Cli.Run r = run("scan", shop.toString(), "--format", "html=" + html, "--format", "json=" + json);

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(Files.readString(json));
        Document doc = Jsoup.parse(html.toFile());
        assertThat(doc.title()).isEqualTo("cairn report: " + shop);
        assertThat(doc.select("header time").attr("datetime")).isEqualTo("2026-11-23T12:00:00Z");

        List<String> findings = StreamSupport.stream(report.get("findings").spliterator(), false)
                .map(f -> f.get("checkId").asString() + " " + f.get("location").get("path").asString()).sorted().toList();
        assertThat(findings).isNotEmpty();
        assertThat(doc.select("#findings-table tr[data-check]").stream()
                .map(tr -> tr.attr("data-check") + " " + tr.attr("data-path")).sorted().toList()).isEqualTo(findings);
        long counted = StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("suppressed").isNull()).count();
        Element total = doc.selectFirst("#severity-table tr.total");
        assertThat(total.child(1).text()).isEqualTo(String.valueOf(counted));
        assertThat(doc.select("#checks-table tbody tr")).hasSize(report.get("checks").size());
        // The command line hands the built-in catalog in: every check links to its page.
        Element firstCheck = doc.selectFirst("#checks-table tbody tr a");
        assertThat(firstCheck.attr("href")).isEqualTo("https://cairn.dev/checks/" + firstCheck.text());
        assertThat(firstCheck.attr("title")).isNotBlank();
    }

    @Test
    void sameScanGivesTheSameHtmlBytes() throws IOException {
        Path shop = copyExample("shop", tmp);
        Path first = tmp.resolve("first.html");
        Path second = tmp.resolve("second.html");

        assertThat(run("scan", shop.toString(), "--format", "html=" + first).exit()).isZero();
        assertThat(run("scan", shop.toString(), "--format", "html=" + second).exit()).isZero();

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void markdownOnStdoutSummarisesCarelessForAPullRequest() throws IOException {
        Path careless = copyExample("careless", tmp);
        Path json = tmp.resolve("out.json");

        Cli.Run r = run("scan", careless.toString(), "--format", "markdown", "--format", "json=" + json);

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(Files.readString(json));
        long counted = StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("suppressed").isNull()).count();
        assertThat(r.out()).startsWith("## cairn: `" + careless + "`\n\n**" + counted + " counted findings** · ");
        assertThat(r.out().lines()).containsSubsequence("### Top findings", "", "| Severity | Location | Check | Message |",
                "|---|---|---|---|");
        assertThat(r.out().lines().filter(l -> l.startsWith("| critical | `") || l.startsWith("| high | `"))).hasSize(10);
        assertThat(r.out().lines()).contains("| high | `manifests/admin-binding.yaml:9` | K8S-045 cluster-admin-binding"
                + " | `ClusterRoleBinding default-admin grants cluster-admin to ServiceAccount default/default over the whole"
                + " cluster: bind a role with only the permissions needed` |",
                "_10 of " + counted + " counted findings, the gravest first; `cairn scan --format html` lists them all._");
    }

    @Test
    void missingFileNameSuggestsTheUsualExtension() throws IOException {
        Path shop = copyExample("shop", tmp);

        Cli.Run html = run("scan", shop.toString(), "--format", "html=");
        Cli.Run markdown = run("scan", shop.toString(), "--format", "markdown=");

        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).startsWith("cairn: missing file name after 'html=': e.g. --format html=cairn.html\n");
        assertThat(markdown.err()).startsWith("cairn: missing file name after 'markdown=': e.g. --format markdown=cairn.md\n");
    }
}
