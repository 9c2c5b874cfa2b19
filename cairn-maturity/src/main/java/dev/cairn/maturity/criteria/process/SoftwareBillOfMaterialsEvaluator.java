package dev.cairn.maturity.criteria.process;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CiPipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PRC-14: the build can produce a software bill of materials. An SBOM step in CI (syft, cdxgen, CycloneDX
 * tools, {@code trivy --format cyclonedx}, {@code docker buildx build --sbom=true}), a CycloneDX or SPDX plugin
 * in the Maven or Gradle build, or committed {@code *.cdx.json} / {@code *.spdx.json} files. Lockfiles are
 * the fallback the catalog names: an inventory can be derived from them, but that is not yet an SBOM.
 * <ul>
 *   <li>MET: any SBOM source;</li>
 *   <li>PARTIAL: only lockfiles;</li>
 *   <li>NOT_MET: neither.</li>
 * </ul>
 */
public final class SoftwareBillOfMaterialsEvaluator implements Evaluator {
    private static final Pattern BUILD_PLUGIN = Pattern.compile("cyclonedx-maven-plugin|org\\.cyclonedx\\.bom|cyclonedx-gradle-plugin"
            + "|spdx-maven-plugin|org\\.spdx\\.sbom");
    private static final Pattern SBOM_FILE = Pattern.compile("\\.(cdx|spdx)\\.json$|\\.spdx$|(^|/)(sbom|bom)\\.(cdx\\.)?(json|xml)$");
    private static final Pattern LOCKFILE = Pattern.compile("(^|/)(package-lock\\.json|yarn\\.lock|pnpm-lock\\.yaml|go\\.sum|poetry\\.lock"
            + "|pipfile\\.lock|uv\\.lock|cargo\\.lock|gemfile\\.lock|composer\\.lock|gradle\\.lockfile|packages\\.lock\\.json)$");

    @Override
    public String criterion() {
        return "PRC-14";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Pipeline> producing = CiPipelines.doing(CiPipelines.of(evidence), StepKind.SBOM);
        List<EvidenceItem> items = new ArrayList<>(CiPipelines.evidence(producing, StepKind.SBOM, "SBOM in CI", 3));
        List<TextMatch> plugins = evidence.files().grep(BUILD_PLUGIN, "pom.xml", "build.gradle", "build.gradle.kts");
        plugins.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "SBOM plugin in the build")));
        List<SourcePath> committed = paths(evidence, SBOM_FILE);
        committed.stream().limit(2).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "committed SBOM")));
        if (!items.isEmpty()) {
            String first = !producing.isEmpty() ? "CI produces an SBOM (" + producing.get(0).path() + ")"
                    : !plugins.isEmpty() ? "the build produces an SBOM (" + plugins.get(0).path() + ")"
                    : "an SBOM is committed (" + committed.get(0) + ")";
            return Observation.met(first, items);
        }
        List<SourcePath> lockfiles = paths(evidence, LOCKFILE);
        if (!lockfiles.isEmpty()) {
            return Observation.partial("only lockfiles (" + lockfiles.get(0) + "), from which an inventory can be derived:"
                    + " produce a CycloneDX or SPDX SBOM in the build (e.g. syft or the CycloneDX plugin)",
                    lockfiles.stream().limit(3).map(p -> EvidenceItem.file(Location.file(p), "lockfile")).toList());
        }
        return Observation.notMet("no SBOM is produced (syft, CycloneDX or SPDX plugin, docker build --sbom) and no"
                + " lockfile pins the dependencies");
    }

    private static List<SourcePath> paths(AssessmentEvidence evidence, Pattern pattern) {
        return evidence.files().paths().stream().filter(p -> pattern.matcher(p.value().toLowerCase(Locale.ROOT)).find()).toList();
    }
}
