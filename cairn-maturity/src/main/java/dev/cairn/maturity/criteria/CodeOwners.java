package dev.cairn.maturity.criteria;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.repo.RepositoryFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The repository's {@code CODEOWNERS} file, read the way GitHub and GitLab find it: {@code .github/}, then
 * the root, then {@code docs/}. Each rule is a path pattern with its owners; GitLab section headers
 * ({@code [Section]}) and comments are skipped.
 */
public record CodeOwners(SourcePath path, List<Rule> rules) {
    private static final List<String> PLACES = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS",
            ".gitlab/CODEOWNERS");

    public CodeOwners {
        rules = List.copyOf(rules);
    }

    /**
     * One rule.
     *
     * @param line 1-based
     */
    public record Rule(SourcePath path, int line, String pattern, List<String> owners) {
        public Rule {
            owners = List.copyOf(owners);
        }

        public Location location() {
            return Location.at(path, new Span(line, 1, line, pattern.length() + 1));
        }

        /** A pattern for the whole repository ({@code *}, {@code /*}, {@code **}): it names no path in particular. */
        public boolean catchAll() {
            return pattern.equals("*") || pattern.equals("/*") || pattern.equals("**") || pattern.equals("/**")
                    || pattern.equals("/");
        }
    }

    /** The CODEOWNERS file the forge would use, if the repository has one with text. */
    public static Optional<CodeOwners> read(RepositoryFiles files) {
        for (String place : PLACES) {
            SourcePath path = SourcePath.of(place);
            Optional<List<String>> text = files.text(path);
            if (text.isPresent()) {
                return Optional.of(new CodeOwners(path, parse(path, text.get())));
            }
        }
        return Optional.empty();
    }

    static List<Rule> parse(SourcePath path, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int hash = line.indexOf(" #");
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("^[")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            rules.add(new Rule(path, i + 1, parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }
        return rules;
    }

    /** The rules whose pattern the predicate accepts. */
    public List<Rule> rules(Predicate<String> pattern) {
        return rules.stream().filter(r -> pattern.test(r.pattern())).toList();
    }

    /**
     * The teams the file names ({@code @org/team}, GitLab {@code @group/subgroup}), each with the first rule
     * that names it, in file order.
     */
    public Map<String, Rule> teams() {
        Map<String, Rule> teams = new LinkedHashMap<>();
        for (Rule r : rules) {
            r.owners().stream().filter(CodeOwners::isTeam).forEach(t -> teams.putIfAbsent(t, r));
        }
        return teams;
    }

    public static boolean isTeam(String owner) {
        return owner.startsWith("@") && owner.indexOf('/') > 1;
    }
}
