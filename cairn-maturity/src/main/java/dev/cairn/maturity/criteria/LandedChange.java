package dev.cairn.maturity.criteria;

import dev.cairn.core.history.Commit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change that landed on the checked-out branch: a direct or squashed commit, or a merge together with
 * the branch commits it brought in. What its message shows about how it got there is read here, once, for
 * every criterion that asks (pull requests, review trailers, ticket references, branch names).
 *
 * @param commit  the commit on the first-parent chain
 * @param brought for a merge, the commits it brought in (not reachable before it); empty otherwise
 */
public record LandedChange(Commit commit, List<Commit> brought) {
    private static final Pattern GITHUB_MERGE = Pattern.compile("^Merge pull request #(\\d+) from \\S+?/(\\S+)");
    private static final Pattern BRANCH_MERGE = Pattern.compile("^Merge (?:remote-tracking )?branch '(?:origin/)?([^']+)'");
    /** GitHub's squash and rebase merges end the subject with the pull request number. */
    private static final Pattern SQUASH_SUFFIX = Pattern.compile("\\s\\(#(\\d+)\\)\\s*$");
    /** GitLab merge requests, Gerrit and Phabricator reviews leave these lines. */
    private static final Pattern REVIEW_TOOL_LINE = Pattern.compile(
            "(?m)^(See merge request \\S+!\\d+|Reviewed-on: \\S+|Differential Revision: \\S+)");
    private static final Pattern REVIEW_TRAILER = Pattern.compile("(?m)^(Reviewed-by|Approved-by): *\\S.*$");
    /**
     * {@code #123} or a tracker key such as {@code ABC-123} (cnmm-level1.md PRC-1); keys that are really
     * standards or identifiers (CVE-2024-1234, UTF-8, SHA-256, ISO-8601, RFC-7231) are not tickets.
     */
    private static final Pattern TICKET = Pattern.compile("(?<![\\w&])#\\d+\\b|\\b(?!(?:CVE|CWE|GHSA|UTF|SHA|ISO|RFC|TLS|HTTP|AES|RSA)-)[A-Z][A-Z0-9]+-\\d+\\b");
    private static final Pattern BOT_BRANCH = Pattern.compile("^(dependabot|renovate|snyk-fix|pre-commit-ci)[/-]");

    public LandedChange {
        brought = List.copyOf(brought);
    }

    public boolean isMerge() {
        return commit.isMerge();
    }

    /**
     * Made by a bot: its commit, or for a merge every commit it brought in, is bot-authored, or the merged
     * branch is a dependency bot's.
     */
    public boolean byBot() {
        if (commit.isBot()) return true;
        if (mergedBranch().filter(b -> BOT_BRANCH.matcher(b).find()).isPresent()) return true;
        return isMerge() && !brought.isEmpty() && brought.stream().allMatch(Commit::isBot);
    }

    /** The paths it changed: the commit's own, or for a merge those of the commits it brought in. */
    public Set<String> paths() {
        Set<String> paths = new LinkedHashSet<>(commit.paths());
        brought.forEach(c -> paths.addAll(c.paths()));
        return paths;
    }

    /** The merged branch's name as the merge message gives it ({@code feature/login}), if any. */
    public Optional<String> mergedBranch() {
        String subject = commit.subject();
        Matcher github = GITHUB_MERGE.matcher(subject);
        if (github.find()) return Optional.of(github.group(2));
        Matcher branch = BRANCH_MERGE.matcher(subject);
        return branch.find() ? Optional.of(branch.group(1)) : Optional.empty();
    }

    /**
     * Came through a pull or merge request or a review tool: a GitHub merge or squash marker, a GitLab
     * {@code See merge request}, a Gerrit {@code Reviewed-on} or Phabricator {@code Differential Revision} line.
     */
    public boolean viaPullRequest() {
        return GITHUB_MERGE.matcher(commit.subject()).find() || SQUASH_SUFFIX.matcher(commit.subject()).find()
                || REVIEW_TOOL_LINE.matcher(commit.message()).find();
    }

    /** Arrived through a merge of a branch, or squashed from a pull request, rather than as a direct push. */
    public boolean viaMerge() {
        return isMerge() || viaPullRequest();
    }

    /** The first {@code Reviewed-by:} or {@code Approved-by:} trailer, if any. */
    public Optional<String> reviewTrailer() {
        Matcher m = REVIEW_TRAILER.matcher(commit.message());
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /**
     * The first ticket the change refers to ({@code #123}, {@code ABC-123}) in its message or, for a merge, in
     * the messages of the commits it brought in; the number of the pull request that carried it does not
     * count, as it names the change rather than a requirement.
     */
    public Optional<String> ticket() {
        String subject = GITHUB_MERGE.matcher(commit.subject()).replaceFirst("from $2");
        subject = SQUASH_SUFFIX.matcher(subject).replaceFirst("");
        Optional<String> own = firstTicket(commit.body().isEmpty() ? subject : subject + "\n" + commit.body());
        return own.or(() -> brought.stream().map(c -> firstTicket(c.message())).flatMap(Optional::stream).findFirst());
    }

    private static Optional<String> firstTicket(String text) {
        Matcher m = TICKET.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

}
