package dev.cairn.maturity.criteria;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.EvidenceItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What people did in the git history over the last days before the scan date: their own commits (merges,
 * which change nothing themselves, and bots never count), and who made them. People are told apart by
 * {@link Commit#person()}, the key the delivery KPIs count by, after the collector's {@code .mailmap}.
 *
 * @param commits the people's non-merge commits of the window, newest first
 */
public record GitActivity(List<Commit> commits) {
    public GitActivity {
        commits = List.copyOf(commits);
    }

    /** One person and the commits they made, newest first. */
    public record Author(String name, List<Commit> commits) {
        public Author {
            commits = List.copyOf(commits);
        }

        public int count() {
            return commits.size();
        }

        /** Their newest commit, as evidence a person can open. */
        public EvidenceItem evidence(String what) {
            Commit c = commits.get(0);
            return EvidenceItem.commit(c.id(), name + " " + what + ": " + c.subject());
        }
    }

    /** The people's commits in the {@code days} before {@code today} (from midnight UTC, by committer time). */
    public static GitActivity of(GitHistory history, LocalDate today, int days) {
        Instant start = today.minusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new GitActivity(history.commits().stream()
                .filter(c -> !c.isMerge() && !c.isBot() && !c.committerTime().isBefore(start))
                .toList());
    }

    /** The commits that change at least one path the predicate accepts. */
    public GitActivity touching(Predicate<String> path) {
        return new GitActivity(commits.stream().filter(c -> c.paths().stream().anyMatch(path)).toList());
    }

    public boolean isEmpty() {
        return commits.isEmpty();
    }

    /** The people who made these commits, most commits first (then by name), each with the name of their newest commit. */
    public List<Author> authors() {
        Map<String, List<Commit>> byPerson = new LinkedHashMap<>();
        commits.forEach(c -> byPerson.computeIfAbsent(c.person(), k -> new ArrayList<>()).add(c));
        return byPerson.values().stream()
                .map(cs -> new Author(cs.get(0).authorName(), cs))
                .sorted(Comparator.comparingInt(Author::count).reversed().thenComparing(Author::name))
                .toList();
    }

    /** "Ana, Bo and 2 others" for a summary. */
    public static String names(List<Author> authors, int shown) {
        List<String> names = authors.stream().limit(shown).map(Author::name).toList();
        int rest = authors.size() - names.size();
        if (rest > 0) {
            return String.join(", ", names) + " and " + rest + (rest == 1 ? " other" : " others");
        }
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
