package dev.cairn.maturity.kpi.delivery;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiValue;
import dev.cairn.maturity.kpi.git.KpiWindow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delivery and effort KPIs from git (cnmm-level1.md §4.8): features per quarter, infrastructure effort share
 * and the number of people touching delivery paths. Bots are left out of all three. Pure.
 */
public final class DeliveryKpis {
    /** Days in a quarter: 365.25 / 4. */
    static final double QUARTER_DAYS = 91.3125;

    private static final Pattern FEAT = Pattern.compile("^feat(\\([^)]*\\))?!?:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEATURE_BRANCH = Pattern.compile(
            "^Merge (?:(?:remote-tracking )?branch '(?:[^']*/)?feature/[^']*'|pull request #\\d+ from \\S*feature/\\S*).*");
    private static final Pattern PR = Pattern.compile("\\(#(\\d+)\\)\\s*$");

    private DeliveryKpis() {}

    /** What counted as a feature, for explanations and tests. */
    public record Features(int count, int featureBranchMerges, int mergesWithFeatCommits, int featCommits, List<String> commits) {}

    public static List<KpiValue> compute(GitHistory history, KpiWindow window) {
        List<KpiValue> out = new ArrayList<>();
        out.add(featuresPerQuarter(history, window));
        out.addAll(effort(history, window));
        return out;
    }

    /**
     * Feature units that landed on the branch (its first-parent line) in the window: a merge of a
     * {@code feature/*} branch, any other merge that brings a {@code feat:} commit, and {@code feat:} /
     * {@code feat(scope):} commits made on the branch itself (squash merges); a squash marker {@code (#123)}
     * counted once per pull request.
     */
    public static Features features(GitHistory history, KpiWindow window) {
        Map<String, Commit> byId = history.byId();
        Set<String> mainline = new HashSet<>();
        String id = history.headCommit();
        while (id != null && byId.containsKey(id) && mainline.add(id)) {
            Commit c = byId.get(id);
            id = c.parents().isEmpty() ? null : c.parents().get(0);
        }
        int branches = 0;
        int merges = 0;
        int feats = 0;
        Set<String> prs = new HashSet<>();
        List<String> counted = new ArrayList<>();
        for (Commit c : history.commits()) {
            if (!mainline.contains(c.id()) || !window.contains(c.committerTime()) || c.isBot()) continue;
            if (c.isMerge()) {
                if (FEATURE_BRANCH.matcher(c.subject()).matches()) {
                    branches++;
                    counted.add(c.id());
                } else if (sideHasFeat(c, byId, mainline)) {
                    merges++;
                    counted.add(c.id());
                }
            } else if (FEAT.matcher(c.subject()).matches()) {
                Matcher pr = PR.matcher(c.subject());
                if (pr.find() && !prs.add(pr.group(1))) continue;
                feats++;
                counted.add(c.id());
            }
        }
        return new Features(branches + merges + feats, branches, merges, feats, counted);
    }

    private static boolean sideHasFeat(Commit merge, Map<String, Commit> byId, Set<String> mainline) {
        ArrayDeque<String> todo = new ArrayDeque<>(merge.parents().subList(1, merge.parents().size()));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (mainline.contains(id) || !seen.add(id)) continue;
            Commit c = byId.get(id);
            if (c == null) continue;
            if (!c.isMerge() && !c.isBot() && FEAT.matcher(c.subject()).matches()) return true;
            todo.addAll(c.parents());
        }
        return false;
    }

    private static KpiValue featuresPerQuarter(GitHistory history, KpiWindow window) {
        Features f = features(history, window);
        String from = "git history of " + branch(history) + ": Conventional Commits feat:, feature/* merges, (#123) squash markers";
        List<String> caveats = new ArrayList<>();
        caveats.add(f.count() + " feature" + plural(f.count()) + " in " + days(window) + " days (" + f.featureBranchMerges()
                + " feature/* merge" + plural(f.featureBranchMerges()) + ", " + f.mergesWithFeatCommits()
                + " other merge" + plural(f.mergesWithFeatCommits()) + " with feat: commits, " + f.featCommits()
                + " feat: commit" + plural(f.featCommits()) + ")");
        if (history.headCommit() == null) {
            return value(KpiId.FEATURES_PER_QUARTER, null, from, window, List.of("no commits"));
        }
        double perQuarter = f.count() * QUARTER_DAYS / window.lengthDays();
        return value(KpiId.FEATURES_PER_QUARTER, round(perQuarter), from, window, caveats);
    }

    private static List<KpiValue> effort(GitHistory history, KpiWindow window) {
        int all = 0;
        int infra = 0;
        Set<String> people = new TreeSet<>();
        Map<String, Boolean> delivery = new HashMap<>();
        for (Commit c : history.commits()) {
            if (c.isMerge() || !window.contains(c.committerTime()) || c.isBot()) continue;
            all++;
            if (c.paths().stream().anyMatch(p -> delivery.computeIfAbsent(p, DeliveryPaths::matches))) {
                infra++;
                people.add(c.person());
            }
        }
        String from = "git history of " + branch(history) + ": non-merge commits touching Dockerfiles, k8s/, deploy/, "
                + "helm/, charts/, kustomize/, overlays/, terraform/ or CI files";
        List<KpiValue> out = new ArrayList<>();
        if (all == 0) {
            out.add(value(KpiId.INFRA_EFFORT_SHARE, null, from + ", over all non-bot commits", window,
                    List.of("no non-bot commits in the window")));
            out.add(value(KpiId.DELIVERY_PEOPLE, null, from, window, List.of("no non-bot commits in the window")));
            return out;
        }
        out.add(value(KpiId.INFRA_EFFORT_SHARE, round(100.0 * infra / all), from + ", over all non-bot commits", window,
                List.of(infra + " of " + all + " non-bot commit" + plural(all) + "; a proxy for effort: commits, not hours")));
        out.add(value(KpiId.DELIVERY_PEOPLE, (double) people.size(), from, window,
                List.of("distinct authors after .mailmap; bots excluded")));
        return out;
    }

    private static KpiValue value(KpiId id, Double value, String from, KpiWindow window, List<String> caveats) {
        return new KpiValue(id.id(), value, id.unit(), null, from, window.label(), null, KpiStatus.NO_DATA, caveats);
    }

    private static String branch(GitHistory history) {
        return history.headBranch() != null ? history.headBranch() : "HEAD";
    }

    private static String days(KpiWindow window) {
        return BigDecimal.valueOf(window.lengthDays()).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
