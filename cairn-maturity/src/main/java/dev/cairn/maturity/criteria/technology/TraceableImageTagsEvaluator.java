package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.StepKind;
import dev.cairn.core.history.Tag;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ImageUse;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEC-17: images have immutable, traceable tags (semver and/or git SHA), and manifests never deploy
 * {@code latest}.
 * <ul>
 *   <li>NOT_MET: a workload image uses {@code latest} or no tag (counted findings of K8S-006);</li>
 *   <li>MET: no such image, and tags are traceable: CI tags images from the commit SHA or a release tag,
 *       kustomize sets {@code newTag} or {@code digest}, the repository has semantic-version git tags, images are
 *       pinned by digest, or every workload image carries a version or commit tag ({@code 1.4.2},
 *       {@code v2.0.0-rc1}, {@code 3f9c2ab});</li>
 *   <li>PARTIAL: no {@code latest}, but other findings of the checks that serve TEC-17 (a Dockerfile base image
 *       on {@code latest}, pull policies) or no sign of traceable tags (tags such as {@code stable} or
 *       {@code main});</li>
 *   <li>UNKNOWN: no workloads and no traceable-tag signal.</li>
 * </ul>
 * An untagged image in a base that a kustomization re-tags ({@code images: [{name, newTag}]}) is not held against
 * it when the manifests are judged unrendered. OCI labels ({@code org.opencontainers.image.revision}, {@code version}, {@code source}) in Dockerfiles are shown
 * as evidence. Digests that actually run need a cluster.
 */
public final class TraceableImageTagsEvaluator implements Evaluator {
    static final CheckId LATEST_TAG = CheckId.of("K8S-006");
    static final Pattern SEMVER_TAG = Pattern.compile("^v?\\d+\\.\\d+\\.\\d+([-+][\\w.-]+)?$");
    static final Pattern TRACEABLE_IMAGE_TAG = Pattern.compile("^v?\\d+(\\.\\d+)+([-+_.][\\w.-]+)?$|^(sha-)?[0-9a-f]{7,40}$|"
            + "^[\\w.-]*-(g)?[0-9a-f]{7,40}$");
    static final Pattern KUSTOMIZE_TAG = Pattern.compile("^\\s*(newTag|digest):\\s*\\S");
    static final Pattern OCI_LABEL = Pattern.compile("org\\.opencontainers\\.image\\.(revision|version|source)");

    static final Pattern IMAGE_NAME = Pattern.compile("^\\s*-\\s*name:\\s*[\"']?([^\\s\"']+)");

    @Override
    public String criterion() {
        return "TEC-17";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Finding> findings = evidence.checks().countedFindings(criterion());
        ManifestFacts manifests = evidence.manifests();
        Set<String> retagged = kustomizeRetagged(evidence);
        List<ImageUse> retaggedUses = manifests.imageUses(i -> retagged.contains(i) && ImageUse.tag(i) == null
                && !ImageUse.pinnedByDigest(i)).toList();
        List<Finding> latest = findings.stream().filter(f -> f.checkId().equals(LATEST_TAG))
                .filter(f -> retaggedUses.stream().noneMatch(i -> sameLine(f, i))).toList();
        List<Finding> others = findings.stream().filter(f -> !f.checkId().equals(LATEST_TAG)
                && f.severity().atLeast(Severity.LOW)).toList();
        boolean noImages = manifests.runningImage(TraceableImageTagsEvaluator::deployable).isEmpty();

        List<EvidenceItem> traceable = new ArrayList<>();
        CiSteps.inPipelines(evidence.pipelines(), StepKind.TAG_FROM_SHA).stream().limit(2)
                .forEach(f -> traceable.add(f.evidence("image tagged from the commit SHA")));
        CiSteps.inPipelines(evidence.pipelines(), StepKind.TAG_FROM_SEMVER).stream().limit(2)
                .forEach(f -> traceable.add(f.evidence("image tagged from a release tag")));
        CiSteps.inScripts(evidence.files(), StepKind.TAG_FROM_SHA).stream().limit(1)
                .forEach(m -> traceable.add(EvidenceItem.file(m.location(), "image tagged from the commit SHA: " + m.text().strip())));
        evidence.files().grep(KUSTOMIZE_TAG, Kustomizations.GLOBS).stream().limit(2)
                .forEach(m -> traceable.add(EvidenceItem.file(m.location(), "kustomize pins the image: " + m.text().strip())));
        List<Tag> releases = evidence.git().map(h -> h.tags().stream().filter(t -> SEMVER_TAG.matcher(t.name()).matches()).toList())
                .orElse(List.of());
        releases.stream().limit(1).forEach(t -> traceable.add(EvidenceItem.commit(t.commitId(), "release tag " + t.name())));
        manifests.imageUses(i -> deployable(i) && ImageUse.pinnedByDigest(i)).limit(2)
                .forEach(i -> traceable.add(EvidenceItem.file(i.location(), "pinned by digest: " + i.image())));
        boolean allVersioned = !noImages && manifests.runningImage(i -> deployable(i) && !versioned(i)).isEmpty();
        if (allVersioned && traceable.isEmpty()) {
            manifests.imageUses(TraceableImageTagsEvaluator::deployable).limit(2)
                    .forEach(i -> traceable.add(EvidenceItem.file(i.location(), "versioned tag: " + i.image())));
        }
        evidence.files().grep(OCI_LABEL, ContainerBuildFiles.DOCKERFILES).stream().limit(1)
                .forEach(m -> traceable.add(EvidenceItem.file(m.location(), "OCI label: " + m.text().strip())));

        List<EvidenceItem> items = new ArrayList<>();
        latest.stream().limit(5).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        others.stream().limit(3).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        items.addAll(traceable.stream().limit(6).toList());
        if (!latest.isEmpty()) {
            return Observation.notMet(Wording.count(latest.size(), "image") + " deployed as latest or without a tag, e.g. "
                    + latest.get(0).message(), items);
        }
        boolean signals = !traceable.isEmpty();
        if (noImages && !signals) {
            return Observation.unknown("no workload images or image tagging to judge");
        }
        if (!signals) {
            ImageUse example = manifests.imageUses(i -> deployable(i) && !versioned(i)).findFirst()
                    .orElseGet(() -> manifests.imageUses(TraceableImageTagsEvaluator::deployable).findFirst().orElseThrow());
            return Observation.partial("no image runs latest, but not every tag names a version or commit (e.g. "
                    + example.image() + "): tag images with the git SHA or a release version", items);
        }
        if (!others.isEmpty()) {
            return Observation.partial("image tags are traceable, but the checks found " + Wording.count(others.size(), "finding")
                    + ", e.g. " + others.get(0).message(), items);
        }
        return Observation.met((noImages ? "images are tagged traceably" : "no image runs latest, and tags are traceable")
                + " (" + traceable.get(0).summary() + ")", items);
    }

    /**
     * Images a kustomization gives a tag or digest ({@code images: - name: X, newTag: ...}): left untagged in the
     * base on purpose, so their untagged findings do not count when the manifests are judged unrendered.
     */
    static Set<String> kustomizeRetagged(AssessmentEvidence evidence) {
        Set<String> names = new HashSet<>();
        for (SourcePath k : evidence.files().matching(Kustomizations.GLOBS)) {
            List<String> lines = evidence.files().text(k).orElse(List.of());
            if (lines.stream().noneMatch(l -> KUSTOMIZE_TAG.matcher(l).find())) continue;
            lines.stream().map(IMAGE_NAME::matcher).filter(Matcher::find).forEach(m -> names.add(m.group(1)));
        }
        return names;
    }

    /** Not a template: {@code ${TAG}} and {@code {{ .Values.tag }}} are filled in at deploy time. */
    private static boolean deployable(String image) {
        return !image.contains("${") && !image.contains("{{");
    }

    static boolean versioned(String image) {
        String tag = ImageUse.tag(image);
        return ImageUse.pinnedByDigest(image) || tag != null && TRACEABLE_IMAGE_TAG.matcher(tag).matches();
    }

    private static boolean sameLine(Finding f, ImageUse i) {
        return f.location().path().equals(i.location().path()) && f.location().span() != null && i.location().span() != null
                && f.location().span().startLine() == i.location().span().startLine();
    }
}
