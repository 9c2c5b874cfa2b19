package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEC-27: dev, test and prod variants come from one base (DRY), not from copied files.
 * <ul>
 *   <li>variants from one base: kustomize overlays (a kustomization whose resources, bases or components point
 *       up to another folder, {@code - ../base}) or per-environment Helm values files ({@code values-prod.yaml},
 *       {@code values.staging.yaml});</li>
 *   <li>copies: the same workload or Service (kind and name) declared as a plain manifest in two or more
 *       environment folders (a path segment such as {@code dev}, {@code staging} or {@code prod}); configuration
 *       objects are expected to differ per environment and are not counted.</li>
 * </ul>
 * MET: variants and no copies; PARTIAL: both; NOT_MET: copies only; UNKNOWN: neither (one variant only, or no
 * manifests).
 */
public final class SharedBaseVariantsEvaluator implements Evaluator {
    static final Pattern UP_REFERENCE = Pattern.compile("^\\s*-\\s*[\"']?(\\.\\./)+[\\w./-]*[\"']?\\s*$");
    static final String[] ENV_VALUES = {"values-*.yaml", "values-*.yml", "values.*.yaml", "values.*.yml"};
    static final Set<String> ENVIRONMENTS = Set.of("dev", "development", "test", "testing", "qa", "int", "integration",
            "stage", "staging", "preprod", "pre-prod", "uat", "prod", "production", "live", "sandbox", "demo");

    @Override
    public String criterion() {
        return "TEC-27";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<TextMatch> overlays = firstPerFile(evidence.files().grep(UP_REFERENCE, Kustomizations.GLOBS));
        List<SourcePath> envValues = evidence.files().matching(ENV_VALUES).stream()
                .filter(p -> !p.fileName().startsWith("values.schema")).toList();
        Map<String, List<ObjectFacts>> copies = copiesAcrossEnvironments(evidence.manifests());

        List<EvidenceItem> items = new ArrayList<>();
        copies.values().stream().limit(3).forEach(group -> group.stream().limit(2).forEach(o -> items.add(
                EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + " is declared again in "
                        + group.size() + " environment folders"))));
        overlays.stream().limit(4).forEach(m -> items.add(EvidenceItem.file(m.location(), "overlay builds on " + m.text().strip().substring(1).strip())));
        envValues.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "per-environment values")));
        boolean variants = !overlays.isEmpty() || !envValues.isEmpty();
        String from = !overlays.isEmpty() ? Wording.count(overlays.size(), "kustomize overlay") + " on a shared base"
                : Wording.count(envValues.size(), "per-environment values file") + " for one chart";
        if (!copies.isEmpty()) {
            String copy = copies.keySet().iterator().next();
            String summary = Wording.count(copies.size(), "object") + " copied across environment folders (e.g. " + copy + ")";
            return variants
                    ? Observation.partial(from + ", but " + summary + ": move them into the base", items)
                    : Observation.notMet(summary + ": derive the environments from one kustomize base or chart", items);
        }
        if (variants) {
            return Observation.met(from, items);
        }
        return Observation.unknown(evidence.manifests().isEmpty() ? "no manifests with environment variants"
                : "the manifests describe a single variant; nothing to compare");
    }

    /** Kind/name declared in two or more different environment folders, keyed {@code Kind name}. */
    static Map<String, List<ObjectFacts>> copiesAcrossEnvironments(ManifestFacts manifests) {
        Map<SourcePath, String> environments = new HashMap<>();
        for (SourcePath path : manifests.paths()) {
            String environment = environmentOf(path);
            if (environment != null) environments.put(path, environment);
        }
        Map<String, List<ObjectFacts>> byName = new LinkedHashMap<>();
        if (environments.isEmpty()) {
            return byName;
        }
        for (ObjectFacts o : manifests.anyOf(manifests.workloads(), manifests.ofKind("Service"))) {
            if (environments.containsKey(o.location().path()) && !o.ref().name().isEmpty()) {
                byName.computeIfAbsent(o.kind() + " " + o.ref().name(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, List<ObjectFacts>> copies = new LinkedHashMap<>();
        byName.forEach((key, group) -> {
            if (group.stream().map(o -> environments.get(o.location().path())).distinct().count() > 1) {
                copies.put(key, group);
            }
        });
        return copies;
    }

    /** The environment folder of a path ({@code deploy/prod/app.yaml} is {@code prod}), or null. */
    static String environmentOf(SourcePath path) {
        String[] parts = path.value().toLowerCase(Locale.ROOT).split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (ENVIRONMENTS.contains(parts[i])) return parts[i];
        }
        return null;
    }

    private static List<TextMatch> firstPerFile(List<TextMatch> matches) {
        Map<SourcePath, TextMatch> first = new LinkedHashMap<>();
        matches.forEach(m -> first.putIfAbsent(m.path(), m));
        return List.copyOf(first.values());
    }
}
