package dev.cairn.maturity.kpi.dora;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.DeploymentRecord;
import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.history.FileRevision;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.history.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Deployments from each source of cnmm-level1.md §4.2; pure functions of the history (and the file's rows). */
public final class Deployments {
    private static final Set<String> SUCCESS = Set.of("", "success", "succeeded", "successful", "ok", "done", "deployed", "passed");
    private static final Set<String> PRODUCTION = Set.of("", "production", "prod", "prd", "live");

    private Deployments() {}

    /**
     * Release tags matching the glob, semver without pre-release, whose commit is in the history read from the
     * default branch; annotated tags at their tagger date, lightweight ones at their commit date. Several tags
     * on one commit are one deployment (the earliest).
     */
    public static DeploymentList fromTags(GitHistory history, String pattern) {
        Pattern glob = Glob.compile(pattern);
        Set<String> onBranch = history.byId().keySet();
        Map<String, Tag> byCommit = new HashMap<>();
        int prerelease = 0;
        int offBranch = 0;
        for (Tag tag : history.tags()) {
            if (!glob.matcher(tag.name()).matches()) continue;
            if (SemVer.parse(tag.name()).isEmpty()) {
                prerelease++;
                continue;
            }
            if (!onBranch.contains(tag.commitId())) {
                if (history.since() == null || !tag.time().isBefore(history.since())) offBranch++;
                continue;
            }
            byCommit.merge(tag.commitId(), tag, (a, b) -> order(a, b) <= 0 ? a : b);
        }
        List<Deployment> out = new ArrayList<>();
        for (Tag t : byCommit.values()) {
            out.add(new Deployment(t.name(), t.name(), t.commitId(), t.time(), false));
        }
        out.sort(ORDER);
        List<String> caveats = new ArrayList<>();
        if (prerelease > 0) {
            caveats.add(prerelease + " tag" + plural(prerelease) + " matching " + pattern
                    + " skipped: not a release version (pre-release or not x.y.z)");
        }
        if (offBranch > 0) {
            caveats.add(offBranch + " tag" + plural(offBranch) + " matching " + pattern + " skipped: not reachable from "
                    + branch(history) + " in the history read");
        }
        return new DeploymentList(out, new DeploymentSource.Tags(pattern).describe(), caveats);
    }

    /**
     * Commits under the path that change an image pin ({@code newTag}, {@code digest}, {@code image.tag}, an
     * {@code image:} reference), at their commit time; a change back to a pin deployed before is a rollback.
     */
    public static DeploymentList fromGitOps(GitHistory history, String path) {
        Map<String, List<FileRevision>> byCommit = new LinkedHashMap<>();
        for (FileRevision r : history.revisions()) {
            if (under(r.path(), path)) byCommit.computeIfAbsent(r.commitId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Commit> commits = history.byId();
        List<Deployment> out = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (var e : byCommit.entrySet()) {
            Commit c = commits.get(e.getKey());
            if (c == null) continue;
            Set<String> before = new TreeSet<>();
            Set<String> after = new TreeSet<>();
            for (FileRevision r : e.getValue()) {
                before.addAll(ImagePins.of(r.before()));
                after.addAll(ImagePins.of(r.after()));
            }
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            if (added.isEmpty()) continue;
            candidates.add(new Candidate(c, added));
        }
        candidates.sort(Comparator.comparing((Candidate k) -> k.commit.committerTime()).thenComparing(k -> k.commit.id()));
        Set<String> deployedBefore = new HashSet<>();
        for (Candidate k : candidates) {
            boolean rollback = deployedBefore.containsAll(k.added);
            String version = k.added.stream().map(ImagePins::version).distinct().sorted().reduce((a, b) -> a + "," + b).orElse(null);
            out.add(new Deployment(k.commit.shortId(), version, k.commit.id(), k.commit.committerTime(), rollback));
            deployedBefore.addAll(k.added);
        }
        List<String> caveats = new ArrayList<>();
        if (out.isEmpty() && byCommit.isEmpty()) {
            caveats.add("no commit in the history read changed a file under " + path);
        }
        return new DeploymentList(out, new DeploymentSource.GitOps(path).describe(), caveats);
    }

    private record Candidate(Commit commit, Set<String> added) {}

    /**
     * Rows of a deployments file that succeeded in production (an empty status or environment counts as
     * such); commits given as full or abbreviated ids are resolved against the history.
     */
    public static DeploymentList fromRecords(GitHistory history, List<DeploymentRecord> records, String fileName) {
        Map<String, Commit> byId = history.byId();
        List<Deployment> out = new ArrayList<>();
        int skipped = 0;
        int unresolved = 0;
        for (DeploymentRecord r : records) {
            String status = lower(r.status());
            String env = lower(r.environment());
            if (!SUCCESS.contains(status) || !PRODUCTION.contains(env) || r.time() == null) {
                skipped++;
                continue;
            }
            String commit = resolve(r.commit(), byId);
            if (commit == null) unresolved++;
            String name = r.version() != null && !r.version().isBlank() ? r.version() : fileName + ":" + r.line();
            out.add(new Deployment(name, r.version(), commit, r.time(), false));
        }
        out.sort(ORDER);
        List<String> caveats = new ArrayList<>();
        if (skipped > 0) {
            caveats.add(skipped + " row" + plural(skipped) + " of " + fileName
                    + " skipped: not a successful production deployment");
        }
        if (unresolved > 0) {
            caveats.add(unresolved + " deployment" + plural(unresolved) + " name no commit of " + branch(history)
                    + " in the history read: they add no changes to lead time");
        }
        return new DeploymentList(out, new DeploymentSource.File(fileName).describe(), caveats);
    }

    private static String resolve(String commit, Map<String, Commit> byId) {
        if (commit == null || commit.isBlank()) return null;
        String c = commit.strip().toLowerCase(Locale.ROOT);
        if (byId.containsKey(c)) return c;
        if (c.length() < 7) return null;
        String found = null;
        for (String id : byId.keySet()) {
            if (id.startsWith(c)) {
                if (found != null) return null; // ambiguous
                found = id;
            }
        }
        return found;
    }

    static final Comparator<Deployment> ORDER = Comparator.comparing(Deployment::time).thenComparing(Deployment::name);

    private static int order(Tag a, Tag b) {
        int c = a.time().compareTo(b.time());
        return c != 0 ? c : a.name().compareTo(b.name());
    }

    static boolean under(String file, String path) {
        return path.isEmpty() || path.equals(".") || file.equals(path) || file.startsWith(path + "/");
    }

    static String branch(GitHistory history) {
        return history.headBranch() != null ? history.headBranch() : "HEAD";
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** For tests and callers that hold a time: the deployments at or after it. */
    static List<Deployment> from(List<Deployment> all, Instant t) {
        return all.stream().filter(d -> !d.time().isBefore(t)).toList();
    }
}
