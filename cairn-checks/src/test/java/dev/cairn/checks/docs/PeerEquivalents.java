package dev.cairn.checks.docs;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Equivalent;
import dev.cairn.core.check.Peer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page for people coming from another scanner: for each peer tool, its rule ids that a cairn check
 * covers ({@link CheckSpec#equivalents()}), each with that check. The per-check pages say the same from
 * cairn's side; this is the table to read when a team moves its CI from kube-linter or Polaris to cairn.
 */
final class PeerEquivalents {
    static final String PAGE = "coming-from-other-tools.md";

    private PeerEquivalents() {}

    static String page(List<Check> checks) {
        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from the checks' specs; do not edit. -->\n");
        b.append("# Coming from another tool\n\n");
        b.append("Each rule id below is one that a cairn check covers, as its spec says; the check's page tells where"
                + " cairn judges differently and why. A rule that is not listed has no cairn check: keep that tool for"
                + " it, or write the rule as a policy.\n");
        for (Peer peer : Peer.values()) {
            Map<String, List<CheckSpec>> rules = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Check check : checks) {
                for (Equivalent e : check.spec().equivalents()) {
                    if (e.peer() == peer) {
                        rules.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(check.spec());
                    }
                }
            }
            if (rules.isEmpty()) {
                continue;
            }
            b.append("\n## ").append(title(peer)).append("\n\n| ").append(title(peer))
                    .append(" | cairn | title |\n|---|---|---|\n");
            for (var rule : rules.entrySet()) {
                for (CheckSpec s : rule.getValue()) {
                    b.append("| `").append(rule.getKey()).append("` | [").append(s.id()).append("](").append(s.id())
                            .append(".md) ").append(s.slug()).append(" | ").append(s.title()).append(" |\n");
                }
            }
            if (peer == Peer.SCORECARD) {
                b.append("\nScorecard's other checks judge a repository's practices, as the Level 1 criteria do: see")
                        .append(" [which criterion judges each](../criteria/README.md#coming-from-openssf-scorecard).\n");
            }
        }
        return b.toString();
    }

    /** The tools some check names an equivalent in, in the page's order: {@code Polaris, kube-linter and hadolint}. */
    static String tools(List<Check> checks) {
        List<String> titles = Arrays.stream(Peer.values())
                .filter(p -> checks.stream().anyMatch(c -> c.spec().equivalents().stream().anyMatch(e -> e.peer() == p)))
                .map(PeerEquivalents::title).toList();
        return titles.size() < 2 ? String.join("", titles)
                : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.getLast();
    }

    private static String title(Peer peer) {
        return switch (peer) {
            case POLARIS -> "Polaris";
            case KUBE_LINTER -> "kube-linter";
            case KUBE_SCORE -> "kube-score";
            case KUBESCAPE -> "Kubescape";
            case CHECKOV -> "Checkov";
            case TRIVY -> "Trivy";
            case HADOLINT -> "hadolint";
            case SCORECARD -> "OpenSSF Scorecard";
        };
    }
}
