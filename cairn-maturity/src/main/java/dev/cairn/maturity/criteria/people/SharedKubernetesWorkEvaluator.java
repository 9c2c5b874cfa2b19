package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.GitActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PEO-10: more than one developer works hands-on with kubectl and manifests, so that deployments never wait
 * for a single gatekeeper. Over {@value #DAYS} days of git history (cnmm-level1.md §2.1) cairn counts the
 * people (bots never count) whose commits change Kubernetes manifests ({@link ManifestPaths}), and the
 * share of those commits the busiest of them made; {@code Makefile}, {@code *.mk}, Taskfile, justfile and
 * {@code scripts/} lines that call kubectl, kustomize or helm support it (a mention in a {@code #} comment calls
 * nothing).
 * <ul>
 *   <li>MET: at least {@value #PEOPLE} people changed manifests and none made more than 80% of those
 *       commits;</li>
 *   <li>PARTIAL: at least {@value #PEOPLE} people, but one made more than 80%; or one person, with scripts
 *       that let others deploy; or, as a hint, no manifest change in the window (or no git) but such
 *       scripts;</li>
 *   <li>NOT_MET: one person changed all manifests, and no script wraps kubectl;</li>
 *   <li>UNKNOWN: no manifest change by a person in the window (or no git), and no such script.</li>
 * </ul>
 */
public final class SharedKubernetesWorkEvaluator implements Evaluator {
    static final int DAYS = 180;
    static final int PEOPLE = 2;
    /** No one author may have made more than this share of the manifest commits. */
    static final double GATEKEEPER_SHARE = 0.8;
    private static final Pattern KUBE_TOOL = Pattern.compile("\\b(kubectl|kustomize)\\b|\\bhelm\\s+(upgrade|install|template)\\b");
    private static final String[] SCRIPTS = {"Makefile", "GNUmakefile", "*.mk", "Taskfile.yml", "Taskfile.yaml", "justfile",
            "scripts/**", "**/scripts/**"};
    private static final int MAX_EVIDENCE = 10;

    @Override
    public String criterion() {
        return "PEO-10";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<TextMatch> scripts = evidence.files().grep(KUBE_TOOL, SCRIPTS); // comments left out: they call nothing
        List<EvidenceItem> scriptEvidence = scripts.stream().limit(3)
                .map(m -> EvidenceItem.file(m.location(), "calls " + m.text().strip())).toList();
        Optional<GitActivity> manifestWork = evidence.git()
                .map(h -> GitActivity.of(h, evidence.today(), DAYS).touching(new ManifestPaths(evidence.manifests())));
        List<GitActivity.Author> authors = manifestWork.map(GitActivity::authors).orElse(List.of());
        List<EvidenceItem> items = new ArrayList<>();
        authors.stream().limit(MAX_EVIDENCE - scriptEvidence.size()).forEach(a -> items.add(a.evidence("changed manifests")));

        if (authors.size() >= PEOPLE) {
            GitActivity.Author top = authors.get(0);
            int total = manifestWork.get().commits().size();
            String topShare = top.count() + " of " + total + " (" + Math.round(100.0 * top.count() / total) + "%)";
            String who = authors.size() + " people changed Kubernetes manifests in the last " + DAYS + " days ("
                    + GitActivity.names(authors, 3) + ")";
            if (top.count() > GATEKEEPER_SHARE * total) {
                return Observation.partial(who + ", but " + top.name() + " made " + topShare + " of the "
                        + "manifest commits: let others change and deploy manifests too", items);
            }
            return Observation.met(who + "; the busiest made " + topShare + " of the manifest commits", items);
        }
        if (authors.size() == 1) {
            GitActivity.Author only = authors.get(0);
            String alone = "only " + only.name() + " changed Kubernetes manifests in the last " + DAYS + " days ("
                    + only.count() + (only.count() == 1 ? " commit" : " commits") + ")";
            if (!scripts.isEmpty()) {
                items.addAll(scriptEvidence);
                return Observation.partial(alone + ", though " + scripts.get(0).path() + " wraps "
                        + tool(scripts.get(0)) + " for others: have a second developer deploy and debug", items);
            }
            return Observation.notMet(alone + ": a single gatekeeper; have a second developer change and deploy"
                    + " manifests", items);
        }
        String why = manifestWork.isEmpty() ? "outside git cairn cannot see who changes manifests"
                : "no one changed Kubernetes manifests in the last " + DAYS + " days";
        if (!scripts.isEmpty()) {
            return Observation.partial(scripts.get(0).path() + " wraps " + tool(scripts.get(0)) + " so others can deploy, but "
                    + why, scriptEvidence).asHint();
        }
        return Observation.unknown(why + ", and no Makefile or script calls kubectl: answer PEO-10");
    }

    private static String tool(TextMatch m) {
        return m.text().substring(m.column() - 1, m.endColumn() - 1).split("\\s+")[0];
    }
}
