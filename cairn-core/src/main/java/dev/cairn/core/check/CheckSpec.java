package dev.cairn.core.check;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything about a check except its logic: the metadata that docs, {@code checks list}, SARIF rules
 * and the maturity criteria read. Long rationale and remediation live in a Markdown page beside the class.
 *
 * @param criteria     the Level 1 criterion ids (cnmm-level1.md) this check serves, e.g. {@code TEC-8}
 * @param compliance   controls of cited frameworks; empty unless a source says so
 * @param equivalents  the same concept in peer tools (spec/check-union.md)
 * @param since        the cairn version that introduced the check
 */
public record CheckSpec(
        CheckId id,
        String slug,
        String title,
        Severity severity,
        Aspect aspect,
        List<String> criteria,
        Set<InputKind> inputs,
        List<ComplianceRef> compliance,
        List<Equivalent> equivalents,
        Lifecycle lifecycle,
        String since) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CRITERION = Pattern.compile("(PEO|PRC|POL|TEC|BIZ)-\\d{1,2}");

    public CheckSpec {
        criteria = List.copyOf(criteria);
        inputs = Set.copyOf(inputs);
        compliance = List.copyOf(compliance);
        equivalents = List.copyOf(equivalents);
        List<String> problems = problems(id, slug, title, severity, aspect, criteria, inputs, since);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid spec for " + id + ": " + String.join("; ", problems));
        }
    }

    private static List<String> problems(CheckId id, String slug, String title, Severity severity, Aspect aspect,
            List<String> criteria, Set<InputKind> inputs, String since) {
        List<String> p = new ArrayList<>();
        if (id == null) p.add("id missing");
        if (slug == null || !SLUG.matcher(slug).matches()) p.add("slug must be kebab-case: " + slug);
        if (title == null || title.isBlank() || title.endsWith(".")) p.add("title must be one line without a trailing period");
        if (title != null && title.contains("\n")) p.add("title must be one line");
        if (severity == null) p.add("severity missing");
        if (aspect == null) p.add("aspect missing");
        if (inputs.isEmpty()) p.add("inputs missing");
        criteria.stream().filter(c -> !CRITERION.matcher(c).matches()).forEach(c -> p.add("not a criterion id: " + c));
        if (since == null || since.isBlank()) p.add("since missing");
        return p;
    }

    public static Builder builder(String id, String slug) {
        return new Builder(CheckId.of(id), slug);
    }

    /** Fluent construction, so that a spec reads like a table in the check class. */
    public static final class Builder {
        private final CheckId id;
        private final String slug;
        private String title;
        private Severity severity;
        private Aspect aspect = Aspect.TECHNOLOGY;
        private final List<String> criteria = new ArrayList<>();
        private Set<InputKind> inputs = Set.of(InputKind.KUBERNETES_OBJECT);
        private final List<ComplianceRef> compliance = new ArrayList<>();
        private final List<Equivalent> equivalents = new ArrayList<>();
        private Lifecycle lifecycle = Lifecycle.STABLE;
        private String since = "0.1.0";

        private Builder(CheckId id, String slug) {
            this.id = id;
            this.slug = slug;
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder severity(Severity severity) { this.severity = severity; return this; }
        public Builder aspect(Aspect aspect) { this.aspect = aspect; return this; }
        public Builder criteria(String... ids) { criteria.addAll(List.of(ids)); return this; }
        public Builder inputs(InputKind... kinds) { inputs = Set.of(kinds); return this; }
        public Builder compliance(ComplianceRef... refs) { compliance.addAll(List.of(refs)); return this; }
        public Builder equivalent(Peer peer, String peerId) { equivalents.add(new Equivalent(peer, peerId)); return this; }
        public Builder lifecycle(Lifecycle lifecycle) { this.lifecycle = lifecycle; return this; }
        public Builder since(String since) { this.since = since; return this; }

        public CheckSpec build() {
            return new CheckSpec(id, slug, title, severity, aspect, criteria, inputs, compliance, equivalents,
                    lifecycle, since);
        }
    }
}
