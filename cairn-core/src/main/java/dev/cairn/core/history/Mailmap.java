package dev.cairn.core.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code .mailmap} (gitmailmap(5)): maps the name and email a commit carries to the canonical
 * ones. Emails and names match case-insensitively; an entry with a commit name applies only to that name,
 * and wins over an entry for the email alone.
 */
public final class Mailmap {
    public static final Mailmap EMPTY = new Mailmap(Map.of());

    /** Canonical name and email; either may be null when the entry does not replace it. */
    private record Entry(String name, String email) {}

    /** email (lower case) -> (commit name lower case, or "" for any) -> replacement. */
    private final Map<String, Map<String, Entry>> entries;

    private Mailmap(Map<String, Map<String, Entry>> entries) {
        this.entries = entries;
    }

    public static Mailmap parse(String text) {
        Map<String, Map<String, Entry>> map = new HashMap<>();
        if (text == null) {
            return EMPTY;
        }
        for (String raw : text.split("\r?\n")) {
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            List<String> names = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            int i = 0;
            while (i < line.length()) {
                int lt = line.indexOf('<', i);
                if (lt < 0) break;
                int gt = line.indexOf('>', lt);
                if (gt < 0) break;
                names.add(line.substring(i, lt).strip());
                emails.add(line.substring(lt + 1, gt).strip());
                i = gt + 1;
            }
            if (emails.isEmpty()) continue;
            String properName = blankToNull(names.get(0));
            String properEmail;
            String commitName;
            String commitEmail;
            if (emails.size() == 1) {
                properEmail = null;
                commitName = null;
                commitEmail = emails.get(0);
            } else {
                properEmail = blankToNull(emails.get(0));
                commitName = blankToNull(names.get(1));
                commitEmail = emails.get(1);
            }
            map.computeIfAbsent(commitEmail.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                    .put(commitName == null ? "" : commitName.toLowerCase(Locale.ROOT), new Entry(properName, properEmail));
        }
        return map.isEmpty() ? EMPTY : new Mailmap(map);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The canonical name of an identity. */
    public String name(String name, String email) {
        Entry e = find(name, email);
        return e != null && e.name() != null ? e.name() : name;
    }

    /** The canonical email of an identity. */
    public String email(String name, String email) {
        Entry e = find(name, email);
        return e != null && e.email() != null ? e.email() : email;
    }

    public Commit apply(Commit c) {
        Entry e = find(c.authorName(), c.authorEmail());
        if (e == null) {
            return c;
        }
        return c.withAuthor(e.name() != null ? e.name() : c.authorName(), e.email() != null ? e.email() : c.authorEmail());
    }

    private Entry find(String name, String email) {
        if (email == null) return null;
        Map<String, Entry> byName = entries.get(email.toLowerCase(Locale.ROOT));
        if (byName == null) return null;
        if (name != null) {
            Entry exact = byName.get(name.toLowerCase(Locale.ROOT));
            if (exact != null) return exact;
        }
        return byName.get("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
