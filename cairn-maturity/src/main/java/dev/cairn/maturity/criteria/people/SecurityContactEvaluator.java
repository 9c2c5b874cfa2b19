package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CodeOwners;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PEO-4: the workload has a named security contact and an agreed way to involve central security. Mostly a
 * question (cnmm-level1.md §2.6): the files are a hint the answer overrides. The files are a security policy
 * ({@code SECURITY.md} at the root, in {@code .github/} or {@code docs/}) that gives a contact (an email
 * address, a reporting link or the forge's private vulnerability reporting), and {@code CODEOWNERS} rules
 * that name owners for security-sensitive paths (Dockerfiles, {@code .github/workflows/}, RBAC, network
 * policies, security folders) rather than the whole repository.
 * <ul>
 *   <li>MET (hint): a security policy with a contact, and such CODEOWNERS rules;</li>
 *   <li>PARTIAL (hint): one of the two (or a security policy without a contact);</li>
 *   <li>UNKNOWN: neither (the contact may be agreed elsewhere; the answer tells).</li>
 * </ul>
 */
public final class SecurityContactEvaluator implements Evaluator {
    private static final Pattern SECURITY_POLICY = Pattern.compile("^(\\.github/|docs/)?security\\.(md|markdown|adoc|rst|txt)$");
    private static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|https?://\\S+|(?i)security advisor(y|ies)|private vulnerability report|report a vulnerability");
    private static final Pattern SENSITIVE = Pattern.compile("(?i)dockerfile|containerfile|\\.github|workflows|rbac|role|networkpolic|"
            + "security|secret|polic(y|ies)|\\.tf\\b|terraform|infra");

    @Override
    public String criterion() {
        return "PEO-4";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> policies = docs.named(SECURITY_POLICY);
        List<TextMatch> contacts = docs.lines(policies, CONTACT);
        List<CodeOwners.Rule> sensitive = CodeOwners.read(evidence.files())
                .map(o -> o.rules(p -> SENSITIVE.matcher(p).find())).orElse(List.of()).stream()
                .filter(r -> !r.owners().isEmpty()).toList();
        List<EvidenceItem> items = new ArrayList<>();
        if (!contacts.isEmpty()) {
            items.add(EvidenceItem.file(contacts.get(0).location(), "security contact"));
        } else {
            policies.stream().limit(1).forEach(p -> items.add(DocumentSearch.evidence(p, "security policy without a contact")));
        }
        sensitive.stream().limit(3).forEach(r -> items.add(EvidenceItem.file(r.location(),
                String.join(" ", r.owners()) + " own " + r.pattern())));
        String owners = sensitive.isEmpty() ? null : "CODEOWNERS names owners for security-sensitive paths ("
                + sensitive.get(0).pattern() + ")";
        if (!contacts.isEmpty() && owners != null) {
            return Observation.met(contacts.get(0).path() + " gives a security contact and " + owners, items).asHint();
        }
        if (!contacts.isEmpty()) {
            return Observation.partial(contacts.get(0).path() + " gives a security contact, but no CODEOWNERS rule names owners"
                    + " for Dockerfiles, workflows, RBAC or network policies", items).asHint();
        }
        if (!policies.isEmpty() || owners != null) {
            String found = !policies.isEmpty() ? policies.get(0) + " names no contact" : owners + ", but there is no SECURITY.md";
            return Observation.partial(found + ": name the security contact and how to reach central security", items).asHint();
        }
        return Observation.unknown("no SECURITY.md and no CODEOWNERS rule for security-sensitive paths: answer PEO-4 with"
                + " the security contact");
    }
}
