package dev.cairn.maturity.criteria.process;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.Mainline;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * PRC-6: dependencies, base images and platform components are updated regularly, by a bot or by hand.
 * An update is a commit in the 180-day window (bots count: they are how many teams update) that changes a
 * dependency manifest or lockfile ({@code pom.xml}, Gradle build files and version catalogs, {@code package.json}
 * and its lockfiles, {@code go.mod}, {@code requirements*.txt}, {@code pyproject.toml}, Cargo, Bundler,
 * Composer, Helm {@code Chart.yaml}), or a Dockerfile with a message about an update (the history does not
 * hold the {@code FROM} line itself); not a root commit and not a release version bump. Updates are counted by
 * day; commits naming a CVE are shown.
 * <ul>
 *   <li>MET: the last update is at most 60 days old, and Dependabot or Renovate is configured or the median
 *       gap between update days is at most 60 days (at least 3 update days);</li>
 *   <li>PARTIAL: an update within 180 days that is older or irregular, or an update bot configured with no
 *       update seen (or outside git);</li>
 *   <li>NOT_MET: dependency files but no update in 180 days and no update bot;</li>
 *   <li>UNKNOWN: outside git without an update bot, no dependency files at all, or a history younger than
 *       60 days without updates.</li>
 * </ul>
 */
public final class DependencyUpdatesEvaluator implements Evaluator {
    static final long RECENT_DAYS = 60;
    static final long REGULAR_GAP_DAYS = 60;
    static final int REGULAR_MIN_DAYS = 3;
    private static final Pattern DEPENDENCY_FILE = Pattern.compile("(^|/)(pom\\.xml|build\\.gradle(\\.kts)?|libs\\.versions\\.toml"
            + "|package(-lock)?\\.json|yarn\\.lock|pnpm-lock\\.yaml|go\\.(mod|sum)|requirements[^/]*\\.txt|pyproject\\.toml|poetry\\.lock"
            + "|pipfile(\\.lock)?|uv\\.lock|cargo\\.(toml|lock)|gemfile(\\.lock)?|composer\\.(json|lock)|chart\\.(yaml|lock))$");
    private static final Pattern DOCKERFILE = Pattern.compile("(^|/)(dockerfile|containerfile)([.-][^/]*)?$|\\.dockerfile$");
    private static final Pattern UPDATE_WORDS = Pattern.compile("(?i)\\b(bump|update|upgrade)s?\\b|base image|\\bfrom\\b.*\\bto\\b");
    private static final Pattern RELEASE_BUMP = Pattern.compile("(?i)\\[maven-release-plugin]|^(chore\\(release\\)|release|prepare (for )?release)\\b");
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    private static final Pattern UPDATE_BOT = Pattern.compile(
            "^(\\.github/dependabot\\.ya?ml|\\.github/renovate\\.json5?|renovate\\.json5?|\\.renovaterc(\\.json5?)?|\\.gitlab/renovate\\.json5?)$");

    @Override
    public String criterion() {
        return "PRC-6";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Optional<SourcePath> bot = evidence.files().paths().stream()
                .filter(p -> UPDATE_BOT.matcher(p.value().toLowerCase(Locale.ROOT)).find()).findFirst();
        List<EvidenceItem> items = new ArrayList<>();
        bot.ifPresent(p -> items.add(EvidenceItem.file(Location.file(p), "update bot configuration")));
        String botName = bot.map(p -> p.value().contains("dependabot") ? "Dependabot" : "Renovate").orElse(null);
        if (evidence.git().isEmpty()) {
            return bot.isPresent()
                    ? Observation.partial(botName + " proposes updates (" + bot.get() + "); outside git cairn cannot see"
                            + " whether they land", items)
                    : Observation.unknown("outside git cairn cannot see when dependencies were last updated,"
                            + " and no Dependabot or Renovate configuration was found");
        }
        boolean hasDependencies = evidence.files().paths().stream().anyMatch(p -> dependencyFile(p.value()) || dockerfile(p.value()));
        if (!hasDependencies && bot.isEmpty()) {
            return Observation.unknown("no dependency manifests, lockfiles or Dockerfiles to keep up to date");
        }
        GitHistory history = evidence.git().get();
        List<Commit> updates = updates(history, evidence.today());
        List<Commit> shown = updates.stream().limit(3).toList();
        shown.forEach(c -> items.add(EvidenceItem.commit(c.id(), c.subject())));
        var start = Mainline.windowStart(evidence.today());
        List<Commit> cves = history.commits().stream()
                .filter(c -> !c.committerTime().isBefore(start) && CVE.matcher(c.message()).find()).toList();
        cves.stream().filter(c -> !shown.contains(c)).limit(3)
                .forEach(c -> items.add(EvidenceItem.commit(c.id(), c.subject() + " (names a CVE)")));
        String cveNote = cves.isEmpty() ? "" : "; " + cves.size() + " commit(s) name a CVE";
        if (updates.isEmpty()) {
            if (bot.isPresent()) {
                return Observation.partial(botName + " is configured (" + bot.get() + "), but no dependency file changed in "
                        + Mainline.WINDOW_DAYS + " days: merge its updates" + cveNote, items);
            }
            if (young(history, evidence.today())) {
                return Observation.unknown("the history is younger than " + RECENT_DAYS
                        + " days and holds no dependency update yet");
            }
            return Observation.notMet("no dependency manifest, lockfile or base image changed in " + Mainline.WINDOW_DAYS
                    + " days and no Dependabot or Renovate is configured: update dependencies regularly, e.g. with Dependabot"
                    + cveNote, items);
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        updates.forEach(c -> days.add(LocalDate.ofInstant(c.committerTime(), ZoneOffset.UTC)));
        long age = ChronoUnit.DAYS.between(days.last(), evidence.today());
        Optional<Long> gap = medianGap(days);
        String rhythm = days.size() + " update day(s) in " + Mainline.WINDOW_DAYS + " days, the last "
                + (age == 0 ? "today" : age == 1 ? "yesterday" : age + " days ago")
                + gap.map(g -> ", median gap " + g + (g == 1 ? " day" : " days")).orElse("");
        boolean regular = bot.isPresent() || days.size() >= REGULAR_MIN_DAYS && gap.orElse(Long.MAX_VALUE) <= REGULAR_GAP_DAYS;
        if (age <= RECENT_DAYS && regular) {
            return Observation.met(rhythm + (bot.isPresent() ? ", with " + botName : "") + cveNote, items);
        }
        return Observation.partial(rhythm + cveNote + ": update dependencies at least every " + REGULAR_GAP_DAYS
                + " days, e.g. with Dependabot or Renovate", items);
    }

    /** Updates in the window, newest first. */
    static List<Commit> updates(GitHistory history, LocalDate today) {
        var start = Mainline.windowStart(today);
        return history.commits().stream()
                .filter(c -> !c.committerTime().isBefore(start) && !c.parents().isEmpty())
                .filter(c -> !RELEASE_BUMP.matcher(c.subject()).find())
                .filter(c -> c.paths().stream().anyMatch(DependencyUpdatesEvaluator::dependencyFile)
                        || c.paths().stream().anyMatch(DependencyUpdatesEvaluator::dockerfile) && UPDATE_WORDS.matcher(c.subject()).find())
                .toList();
    }

    static Optional<Long> medianGap(TreeSet<LocalDate> days) {
        List<Long> gaps = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate d : days) {
            if (previous != null) gaps.add(ChronoUnit.DAYS.between(previous, d));
            previous = d;
        }
        if (gaps.isEmpty()) return Optional.empty();
        gaps.sort(null);
        int n = gaps.size();
        return Optional.of(n % 2 == 1 ? gaps.get(n / 2) : (gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2);
    }

    /** Whether the repository began (a root commit) less than {@value #RECENT_DAYS} days before the scan. */
    private static boolean young(GitHistory history, LocalDate today) {
        return history.commits().stream().filter(c -> c.parents().isEmpty())
                .anyMatch(c -> ChronoUnit.DAYS.between(LocalDate.ofInstant(c.committerTime(), ZoneOffset.UTC), today) < RECENT_DAYS);
    }

    private static boolean dependencyFile(String path) {
        return DEPENDENCY_FILE.matcher(path.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean dockerfile(String path) {
        return DOCKERFILE.matcher(path.toLowerCase(Locale.ROOT)).find();
    }
}
