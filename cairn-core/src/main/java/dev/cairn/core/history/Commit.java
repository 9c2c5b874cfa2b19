package dev.cairn.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One commit as git history evidence. Identities are as mapped by {@code .mailmap} when the collector
 * applied one.
 *
 * @param id      full hex object id
 * @param parents parent ids, first parent first; two or more make a merge
 * @param subject the first line of the message
 * @param body    the rest of the message after the blank line, or empty
 * @param paths   paths changed against the first parent (empty for merges, as {@code git log --name-only}
 *                shows them; all paths for a root commit), without rename detection
 */
public record Commit(
        String id, List<String> parents, String authorName, String authorEmail, Instant authorTime,
        Instant committerTime, String subject, String body, List<String> paths) {

    public Commit {
        parents = List.copyOf(parents);
        paths = List.copyOf(paths);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The full message: subject, blank line, body. */
    public String message() {
        return body.isEmpty() ? subject : subject + "\n\n" + body;
    }

    public boolean isBot() {
        return Bots.isBot(authorName, authorEmail);
    }

    /**
     * One key per person: the (mailmapped) email in lower case, or the name when there is no email. The
     * delivery KPIs and the People criteria count people by it, so that their counts agree.
     */
    public String person() {
        String email = authorEmail == null ? "" : authorEmail.strip().toLowerCase(Locale.ROOT);
        return email.isEmpty() ? "name:" + authorName : email;
    }

    public String shortId() {
        return id.length() > 7 ? id.substring(0, 7) : id;
    }

    public Commit withAuthor(String name, String email) {
        return new Commit(id, parents, name, email, authorTime, committerTime, subject, body, paths);
    }
}
