package dev.cairn.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.CheckOutcomes;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentSearchTest {
    private static RepositoryFiles files(String... pathsAndTexts) {
        Map<SourcePath, List<String>> texts = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            texts.put(SourcePath.of(pathsAndTexts[i]), pathsAndTexts[i + 1].lines().toList());
        }
        return new RepositoryFiles(List.copyOf(texts.keySet()), texts);
    }

    @Test
    void onlyTheTeamsOwnDocumentsCount() {
        DocumentSearch docs = new DocumentSearch(files(
                "README.md", "# shop", "docs/policies/access.md", "access", "CHANGELOG.md", "- 1.0", "LICENSE.txt", "MIT",
                "requirements.txt", "flask", "vendor/github.com/x/y/SECURITY.md", "theirs",
                "app/src/main/resources/help/SECURITY.md", "shipped", "examples/demo/docs/adr/0001-x.md", "example",
                "test/fixtures/README.md", "fixture", "deploy/app.yaml", "kind: Deployment",
                "docs/criteria/policy.md", "<!-- Generated from the catalog; do not edit. -->\n# Policy"));
        assertThat(docs.documents()).extracting(SourcePath::value).containsExactly("README.md", "docs/policies/access.md");
        assertThat(docs.named(Pattern.compile("(^|/)docs/polic"))).extracting(SourcePath::value).containsExactly("docs/policies/access.md");
    }

    @Test
    void linesMatchEveryPatternAndTopicsKeepTheirOrder() {
        DocumentSearch docs = new DocumentSearch(files("docs/slo.md",
                "# SLO\nlatency p95 under 300 ms\nlatency is low\nIs the latency under 300 ms?"));
        List<TextMatch> lines = docs.lines(Pattern.compile("latency"), Pattern.compile("\\d+ ms"));
        assertThat(lines).extracting(TextMatch::line).containsExactly(2);
        assertThat(lines.get(0).column()).isEqualTo(1);
        var topics = docs.topics(docs.documents(), List.of(new DocumentSearch.Topic("b", Pattern.compile("low")),
                new DocumentSearch.Topic("a", Pattern.compile("SLO")), new DocumentSearch.Topic("none", Pattern.compile("xyz"))));
        assertThat(topics.keySet()).containsExactly("b", "a");
        assertThat(topics.get("b").line()).isEqualTo(3);
    }

    @Test
    void theEvaluatorsOfOneAssessmentShareOneSearch() {
        RepositoryFiles files = files("README.md", "# shop", "docs/runbook.md", "restart the pods");
        AssessmentEvidence evidence = new AssessmentEvidence(files, List.of(), ManifestFacts.none(), new ObjectIndex(List.of()),
                CheckOutcomes.none(), null, List.of(), KpiConfig.NONE, LocalDate.parse("2026-11-24"));

        DocumentSearch docs = DocumentSearch.of(evidence);

        assertThat(DocumentSearch.of(evidence)).isSameAs(docs);
        assertThat(docs.documents()).extracting(SourcePath::value).containsExactly("README.md", "docs/runbook.md");
    }
}
