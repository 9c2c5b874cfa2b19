package dev.cairn.report;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ComplianceRef;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a reporter may say about a check beyond the id and slug a report carries: the metadata of its
 * {@link CheckSpec} and its Markdown page. SARIF turns it into a rule; nothing here is computed per scan.
 *
 * @param severity the default severity of the check (a {@code .cairn.yaml} override shows in its findings)
 * @param markdown the check's page (Rationale, Remediation), or null when it has none
 * @param helpUri  where the check is documented online
 */
public record RuleInfo(
        CheckId id, String slug, String title, Severity severity, Aspect aspect, List<String> criteria,
        List<ComplianceRef> compliance, String markdown, String helpUri) {

    /** The online documentation of built-in checks: one page per id. */
    public static final String HELP_BASE = "https://cairn.dev/checks/";

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(aspect, "aspect");
        criteria = List.copyOf(criteria);
        compliance = List.copyOf(compliance);
    }

    /** The rule of a check from its spec and its page (null when it has none), documented at {@link #HELP_BASE}. */
    public static RuleInfo of(CheckSpec spec, String markdown) {
        return new RuleInfo(spec.id(), spec.slug(), spec.title(), spec.severity(), spec.aspect(), spec.criteria(),
                spec.compliance(), markdown, HELP_BASE + spec.id().value());
    }
}
