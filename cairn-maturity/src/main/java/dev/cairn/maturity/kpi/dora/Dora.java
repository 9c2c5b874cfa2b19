package dev.cairn.maturity.kpi.dora;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiValue;
import dev.cairn.maturity.kpi.git.KpiWindow;
import dev.cairn.maturity.kpi.git.Percentiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DORA four keys estimated from git (cnmm-level1.md §4.2–4.5 with the defaults of §4.1b): pure
 * functions of the history, the deployments and the window (whose end is "now").
 *
 * <ul>
 *   <li>Changes of a deployment: the commits it reaches that no earlier deployment reached
 *       ({@code rev-list prev..this}, each commit counted once, at its first deployment).</li>
 *   <li>Lead time: deployment time − author date (or committer date) per non-merge, non-bot commit,
 *       non-positive values dropped; median and p90 (nearest rank).</li>
 *   <li>Failure (git-only rule §4.4): a revert of one of its commits lands within N days or before the next
 *       normal deployment; or the next deployment is a hotfix patch release within H hours; or the next
 *       deployment is a GitOps rollback.</li>
 *   <li>Recovery (FDRT form §4.5): time to the first later deployment that ships the revert, the hotfix or
 *       the rollback.</li>
 * </ul>
 */
public final class Dora {
    /** The p90 of change lead time, reported beside the median (it has no target of its own). */
    public static final String LEAD_TIME_P90_ID = "change-lead-time-p90";

    static final String CFR_CAVEAT = "git-only estimate: counts deployments that needed a fix (a revert, a hotfix "
            + "release or a rollback), not production incidents; it over-counts planned patch releases and misses "
            + "failures fixed by configuration outside git";

    private static final Pattern REVERT = Pattern.compile("This reverts commit ([0-9a-fA-F]{7,40})");
    private static final Pattern FIX_SUBJECT = Pattern.compile("^(hotfix|fix)(\\(.+\\))?!?:.*", Pattern.CASE_INSENSITIVE);

    private Dora() {}

    /** What was decided for one deployment; for explanations and tests. */
    public record Outcome(Deployment deployment, List<Commit> changes, boolean failed, List<String> reasons, Duration recovery) {}

    public record Result(List<KpiValue> kpis, List<Outcome> outcomes) {}

    public static Result compute(GitHistory history, DeploymentList list, KpiWindow window, DoraOptions options) {
        Map<String, Commit> byId = history.byId();
        List<Deployment> all = list.deployments();
        List<List<Commit>> changes = new ArrayList<>(all.size());
        boolean[] reachesStart = new boolean[all.size()];
        Map<String, Integer> deployedIn = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            List<Commit> added = new ArrayList<>();
            String tip = all.get(i).commitId();
            if (tip != null && byId.containsKey(tip)) {
                ArrayDeque<String> todo = new ArrayDeque<>();
                todo.add(tip);
                while (!todo.isEmpty()) {
                    String id = todo.poll();
                    if (seen.contains(id)) continue;
                    Commit c = byId.get(id);
                    if (c == null) {
                        reachesStart[i] = true;
                        continue;
                    }
                    seen.add(id);
                    added.add(c);
                    deployedIn.put(id, i);
                    todo.addAll(c.parents());
                }
                if (added.stream().anyMatch(c -> c.parents().isEmpty())) reachesStart[i] = true;
            }
            changes.add(added);
        }

        Map<String, List<Commit>> revertsOf = reverts(history.commits(), byId);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Deployment d = all.get(i);
            if (!window.contains(d.time())) continue;
            outcomes.add(outcome(i, all, changes, revertsOf, deployedIn, options));
        }

        List<KpiValue> kpis = new ArrayList<>();
        kpis.add(deploymentFrequency(all, list, window));
        kpis.addAll(leadTime(outcomes, list, window, options, history, all, reachesStart));
        kpis.add(changeFailureRate(outcomes, list, window, options));
        kpis.add(recoveryTime(outcomes, list, window));
        return new Result(kpis, outcomes);
    }

    private static Outcome outcome(int i, List<Deployment> all, List<List<Commit>> changes,
                                   Map<String, List<Commit>> revertsOf, Map<String, Integer> deployedIn, DoraOptions options) {
        Deployment d = all.get(i);
        Instant end = d.time().plus(options.failureWindow());
        for (int j = i + 1; j < all.size(); j++) {
            if (!isHotfix(j, all, changes, options)) {
                if (all.get(j).time().isAfter(end)) end = all.get(j).time();
                break;
            }
        }
        List<String> reasons = new ArrayList<>();
        Duration recovery = null;
        for (Commit c : changes.get(i)) {
            for (Commit revert : revertsOf.getOrDefault(c.id(), List.of())) {
                Instant landed = revert.committerTime();
                if (!landed.isAfter(d.time()) || landed.isAfter(end)) continue;
                reasons.add("revert of " + c.shortId() + " in " + revert.shortId());
                Integer shippedIn = deployedIn.get(revert.id());
                if (shippedIn != null && shippedIn > i) {
                    recovery = min(recovery, Duration.between(d.time(), all.get(shippedIn).time()));
                }
            }
        }
        if (i + 1 < all.size()) {
            Deployment next = all.get(i + 1);
            if (isHotfix(i + 1, all, changes, options)) {
                reasons.add("hotfix release " + next.name());
                recovery = min(recovery, Duration.between(d.time(), next.time()));
            }
            if (next.rollback()) {
                reasons.add("rolled back by " + next.name());
                recovery = min(recovery, Duration.between(d.time(), next.time()));
            }
        }
        return new Outcome(d, changes.get(i), !reasons.isEmpty(), reasons, recovery);
    }

    /** A patch bump of the deployment before it, within H hours, carrying a hotfix marker in its changes. */
    static boolean isHotfix(int j, List<Deployment> all, List<List<Commit>> changes, DoraOptions options) {
        if (j < 1) return false;
        Deployment prev = all.get(j - 1);
        Deployment cur = all.get(j);
        if (Duration.between(prev.time(), cur.time()).compareTo(options.hotfixWindow()) > 0) return false;
        Optional<SemVer> a = SemVer.parse(prev.version());
        Optional<SemVer> b = SemVer.parse(cur.version());
        if (a.isEmpty() || b.isEmpty() || !b.get().isPatchBumpOf(a.get())) return false;
        return changes.get(j).stream().anyMatch(Dora::hotfixMarker);
    }

    static boolean hotfixMarker(Commit c) {
        String subject = c.subject();
        String lower = subject.toLowerCase(Locale.ROOT);
        return FIX_SUBJECT.matcher(subject).matches() || lower.contains("hotfix");
    }

    /** Reverted commit id -> the commits reverting it ({@code This reverts commit <sha>}, abbreviated ids resolved). */
    static Map<String, List<Commit>> reverts(List<Commit> commits, Map<String, Commit> byId) {
        Map<String, List<Commit>> out = new HashMap<>();
        TreeMap<String, String> sorted = null;
        for (Commit c : commits) {
            if (!c.body().contains("This reverts commit") && !c.subject().contains("This reverts commit")) continue;
            Matcher m = REVERT.matcher(c.message());
            while (m.find()) {
                String sha = m.group(1).toLowerCase(Locale.ROOT);
                String full = byId.containsKey(sha) ? sha : null;
                if (full == null) {
                    if (sorted == null) {
                        sorted = new TreeMap<>();
                        for (String id : byId.keySet()) sorted.put(id, id);
                    }
                    String ceiling = sorted.ceilingKey(sha);
                    if (ceiling != null && ceiling.startsWith(sha)) full = ceiling;
                }
                if (full != null) out.computeIfAbsent(full, k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    private static KpiValue deploymentFrequency(List<Deployment> all, DeploymentList list, KpiWindow window) {
        List<String> caveats = new ArrayList<>(list.caveats());
        if (all.isEmpty()) {
            caveats.add("no deployments found: choose a source with --deployments tags:PATTERN|gitops:PATH|file:F");
            return value(KpiId.DEPLOYMENT_FREQUENCY, null, null, list.estimatedFrom(), window, caveats);
        }
        List<Deployment> in = all.stream().filter(d -> window.contains(d.time())).toList();
        double perWeek = in.size() / (window.lengthDays() / 7.0);
        Set<LocalDate> days = new HashSet<>();
        for (Deployment d : in) days.add(LocalDate.ofInstant(d.time(), ZoneOffset.UTC));
        LocalDate first = LocalDate.ofInstant(window.start(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(window.end().minusNanos(1), ZoneOffset.UTC);
        Map<LocalDate, Integer> perWeekStart = new HashMap<>();
        Map<LocalDate, Integer> perMonthStart = new HashMap<>();
        for (LocalDate d : days) {
            perWeekStart.merge(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
            perMonthStart.merge(d.withDayOfMonth(1), 1, Integer::sum);
        }
        List<Integer> weekly = new ArrayList<>();
        for (LocalDate w = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !w.isAfter(last); w = w.plusWeeks(1)) {
            weekly.add(perWeekStart.getOrDefault(w, 0));
        }
        List<Integer> monthly = new ArrayList<>();
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
            monthly.add(perMonthStart.getOrDefault(m, 0));
        }
        double medWeek = Percentiles.median(weekly);
        double medMonth = Percentiles.median(monthly);
        caveats.add(in.size() + " deployment" + Deployments.plural(in.size()) + " on " + days.size() + " day"
                + Deployments.plural(days.size()) + "; median deployment-days per week " + fmt(medWeek)
                + ", per month " + fmt(medMonth));
        return value(KpiId.DEPLOYMENT_FREQUENCY, round(perWeek), Bands.deploymentFrequency(medWeek, medMonth),
                list.estimatedFrom(), window, caveats);
    }

    private static List<KpiValue> leadTime(List<Outcome> outcomes, DeploymentList list, KpiWindow window,
                                           DoraOptions options, GitHistory history, List<Deployment> all, boolean[] reachesStart) {
        List<Double> hours = new ArrayList<>();
        int dropped = 0;
        int bots = 0;
        for (Outcome o : outcomes) {
            for (Commit c : o.changes()) {
                if (c.isMerge()) continue;
                if (c.isBot()) {
                    bots++;
                    continue;
                }
                Instant from = options.leadTimeFrom() == DoraOptions.LeadTimeFrom.AUTHOR ? c.authorTime() : c.committerTime();
                long seconds = Duration.between(from, o.deployment().time()).toSeconds();
                if (seconds <= 0) {
                    dropped++;
                    continue;
                }
                hours.add(seconds / 3600.0);
            }
        }
        String basis = options.leadTimeFrom() == DoraOptions.LeadTimeFrom.AUTHOR ? "author" : "committer";
        String from = list.estimatedFrom() + "; " + basis + " dates of the commits each deployment adds";
        List<String> caveats = new ArrayList<>();
        caveats.add(hours.size() + " commit" + Deployments.plural(hours.size()) + " in " + outcomes.size() + " deployment"
                + Deployments.plural(outcomes.size()) + (bots > 0 ? "; " + bots + " bot commit" + Deployments.plural(bots) + " excluded" : "")
                + (dropped > 0 ? "; " + dropped + " with a non-positive lead time excluded" : ""));
        if (history.since() != null) {
            for (int i = 0; i < all.size(); i++) {
                if (reachesStart[i] && window.contains(all.get(i).time())) {
                    caveats.add("deployment " + all.get(i).name() + " has no earlier deployment in the history read: "
                            + "commits before " + LocalDate.ofInstant(history.since(), ZoneOffset.UTC) + " are not counted");
                    break;
                }
            }
        }
        if (hours.isEmpty()) {
            return List.of(value(KpiId.CHANGE_LEAD_TIME, null, null, from, window, caveats),
                    new KpiValue(LEAD_TIME_P90_ID, null, "hours", null, from, window.label(), null, KpiStatus.NO_DATA, caveats));
        }
        double median = Percentiles.median(hours);
        double p90 = Percentiles.of(hours, 0.9);
        return List.of(value(KpiId.CHANGE_LEAD_TIME, round(median), Bands.leadTime(median), from, window, caveats),
                new KpiValue(LEAD_TIME_P90_ID, round(p90), "hours", Bands.leadTime(p90), from, window.label(), null,
                        KpiStatus.NO_DATA, caveats));
    }

    private static KpiValue changeFailureRate(List<Outcome> outcomes, DeploymentList list, KpiWindow window, DoraOptions options) {
        String from = list.estimatedFrom() + "; reverts within " + human(options.failureWindow()) + ", hotfix releases within "
                + human(options.hotfixWindow()) + (list.deployments().stream().anyMatch(Deployment::rollback) ? ", rollbacks" : "");
        List<String> caveats = new ArrayList<>();
        caveats.add(CFR_CAVEAT);
        if (outcomes.isEmpty()) {
            return value(KpiId.CHANGE_FAILURE_RATE, null, null, from, window, caveats);
        }
        long failed = outcomes.stream().filter(Outcome::failed).count();
        caveats.add(failed + " of " + outcomes.size() + " deployment" + Deployments.plural(outcomes.size()) + " failed");
        double percent = 100.0 * failed / outcomes.size();
        return value(KpiId.CHANGE_FAILURE_RATE, round(percent), Bands.changeFailureRate(percent), from, window, caveats);
    }

    private static KpiValue recoveryTime(List<Outcome> outcomes, DeploymentList list, KpiWindow window) {
        String from = list.estimatedFrom() + "; from a failed deployment to the deployment that shipped its fix";
        List<String> caveats = new ArrayList<>();
        caveats.add("estimated from git: failed deployments as for change-failure-rate, not incident open and close times");
        List<Double> hours = new ArrayList<>();
        int open = 0;
        for (Outcome o : outcomes) {
            if (!o.failed()) continue;
            if (o.recovery() == null) open++;
            else hours.add(o.recovery().toSeconds() / 3600.0);
        }
        if (open > 0) {
            caveats.add(open + " failed deployment" + Deployments.plural(open) + " without a later deployment of the fix");
        }
        if (hours.isEmpty()) {
            return value(KpiId.FAILED_DEPLOYMENT_RECOVERY_TIME, null, null, from, window, caveats);
        }
        double median = Percentiles.median(hours);
        return value(KpiId.FAILED_DEPLOYMENT_RECOVERY_TIME, round(median), Bands.recoveryTime(median), from, window, caveats);
    }

    static KpiValue value(KpiId id, Double value, String band, String from, KpiWindow window, List<String> caveats) {
        return new KpiValue(id.id(), value, id.unit(), band, from, window.label(), null, KpiStatus.NO_DATA, caveats);
    }

    private static Duration min(Duration a, Duration b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    static String human(Duration d) {
        if (d.toDays() >= 7 && d.toHours() % 24 == 0) {
            return d.toDays() + " d";
        }
        return d.toHours() + " h";
    }

    public static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
