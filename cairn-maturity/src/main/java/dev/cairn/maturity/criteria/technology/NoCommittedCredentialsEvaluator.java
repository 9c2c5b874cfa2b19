package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * TEC-29: no credentials in the repository, its history or its images; Kubernetes Secrets in git are encrypted
 * or externalised.
 * <ul>
 *   <li>NOT_MET: a high or critical finding of the checks that serve TEC-29 (unencrypted Secret data, literal
 *       secrets in container environments or Dockerfile {@code ENV}); or a credential file committed now or
 *       added by a commit of the window ({@code .env}, private SSH keys, {@code *.key}, {@code *.p12},
 *       {@code *.pfx}, {@code *.jks}, kubeconfigs, {@code .git-credentials}, {@code .netrc}, {@code .pgpass}),
 *       test fixtures aside (the history holds paths, not contents, so a file a commit of the window touched
 *       counts: it was in git at some point);</li>
 *   <li>PARTIAL: lesser findings (secret files copied into images, secrets in ConfigMaps); literal values in a
 *       kustomize {@code secretGenerator}; or a {@code .gitignore} that covers none of {@code .env}, keys and
 *       kubeconfigs (or none at all);</li>
 *   <li>MET: none of these. The summary names how Secrets are kept out (SealedSecret, ExternalSecret, SOPS,
 *       Vault injection) when the manifests show it.</li>
 * </ul>
 * cairn does not scan every file's content or the whole history for tokens as gitleaks does; a committed
 * gitleaks or trufflehog configuration is shown as evidence that someone does.
 */
public final class NoCommittedCredentialsEvaluator implements Evaluator {
    static final Pattern CREDENTIAL_FILE = Pattern.compile("(?i)(^|/)(\\.env(\\.(?!example$|sample$|template$|dist$|defaults?$)[^/]+)?"
            + "|id_(rsa|dsa|ecdsa|ed25519)|[^/]+\\.(key|p12|pfx|jks|keystore)|(\\.)?kubeconfig([.-][^/]*)?|[^/]+\\.kubeconfig"
            + "|\\.git-credentials|\\.netrc|\\.pgpass)$");
    /** Code and prose about credentials are not credentials: {@code Kubeconfig.java} reads kubeconfigs. */
    static final Pattern SOURCE_OR_PROSE = Pattern.compile("(?i)\\.(java|kt|scala|groovy|go|py|rb|rs|ts|js|cs|md|adoc|txt|html)$");
    static final Pattern TEST_PATH = Pattern.compile("(?i)(^|/)(test|tests|testdata|test-data|fixtures?|__tests__|spec|examples?|samples?)/");
    static final Pattern IGNORED_SECRETS = Pattern.compile("(?i)^\\s*[/*]*(\\.env|\\*\\.(pem|key|p12|pfx)|kubeconfig|\\*?secrets?\\b|\\*\\.kubeconfig)");
    static final Pattern SECRET_GENERATOR = Pattern.compile("^\\s*secretGenerator:");
    static final Pattern LITERALS = Pattern.compile("^\\s*literals:");
    static final String[] SECRET_SCANNERS = {".gitleaks.toml", "gitleaks.toml", ".trufflehog*", ".secrets.baseline", ".pre-commit-config.yaml"};
    static final Pattern SCANNER_HOOK = Pattern.compile("gitleaks|trufflehog|detect-secrets");

    @Override
    public String criterion() {
        return "TEC-29";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Finding> findings = evidence.checks().countedFindings(criterion());
        List<SourcePath> committed = evidence.files().paths().stream().filter(NoCommittedCredentialsEvaluator::credentialFile).toList();
        Map<String, Commit> inHistory = evidence.git().map(NoCommittedCredentialsEvaluator::firstTouches).orElse(Map.of());
        List<EvidenceItem> items = new ArrayList<>();
        committed.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "credential file in the repository")));
        inHistory.entrySet().stream().limit(3).forEach(e -> items.add(EvidenceItem.commit(e.getValue().id(),
                e.getKey() + " is in the history since: " + e.getValue().subject())));
        findings.stream().limit(6).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));

        Optional<Finding> serious = findings.stream().filter(f -> f.severity().atLeast(Severity.HIGH)).findFirst();
        if (!committed.isEmpty()) {
            return Observation.notMet("a credential file is committed (" + committed.get(0) + "): remove it, rotate what"
                    + " it holds and add it to .gitignore", items);
        }
        if (!inHistory.isEmpty()) {
            return Observation.notMet(inHistory.keySet().iterator().next() + " was committed in the window's history:"
                    + " rotate what it holds; deleting the file does not remove it from git", items);
        }
        if (serious.isPresent()) {
            return Observation.notMet("credentials are stored in git: " + serious.get().message(), items);
        }
        if (!findings.isEmpty()) {
            return Observation.partial(Wording.count(findings.size(), "finding") + " about secrets, e.g. " + findings.get(0).message(), items);
        }
        Optional<TextMatch> generated = secretGeneratorLiterals(evidence);
        if (generated.isPresent()) {
            items.add(EvidenceItem.file(generated.get().location(), "secretGenerator with literal values"));
            return Observation.partial("a kustomize secretGenerator holds literal values in git (" + generated.get().path()
                    + "): generate the Secret from an encrypted file or an external store", items);
        }
        List<TextMatch> ignores = evidence.files().grep(IGNORED_SECRETS, ".gitignore");
        if (ignores.isEmpty()) {
            return Observation.partial("nothing in .gitignore keeps .env files, keys or kubeconfigs out of git: add them", items);
        }
        items.add(EvidenceItem.file(ignores.get(0).location(), ".gitignore keeps secrets out: " + ignores.get(0).text().strip()));
        List<ObjectFacts> externalised = keepingSecretsOut(evidence.manifests());
        externalised.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
        evidence.files().grep(SCANNER_HOOK, SECRET_SCANNERS).stream().limit(1)
                .forEach(m -> items.add(EvidenceItem.file(m.location(), "secret scanning: " + m.text().strip())));
        String how = externalised.isEmpty() ? "" : "; Secrets are kept out of git (" + Wording.list(
                externalised.stream().map(ObjectFacts::kind).toList(), 3) + ")";
        return Observation.met("no credentials found in files, manifests or Dockerfiles" + how, items);
    }

    /** Each credential path a commit of the window touched, with the oldest such commit (where it came in). */
    private static Map<String, Commit> firstTouches(GitHistory history) {
        Map<String, Commit> first = new TreeMap<>();
        for (Commit c : history.commits()) { // newest first: later entries are older and win
            c.paths().stream().filter(p -> credentialFile(SourcePath.of(p))).forEach(p -> first.put(p, c));
        }
        return first;
    }

    static boolean credentialFile(SourcePath path) {
        String p = path.value();
        return CREDENTIAL_FILE.matcher(p).find() && !SOURCE_OR_PROSE.matcher(p).find()
                && !TEST_PATH.matcher(p.toLowerCase(Locale.ROOT)).find();
    }

    static List<ObjectFacts> keepingSecretsOut(ManifestFacts manifests) {
        return manifests.anyOf(manifests.ofKind("SealedSecret", "ExternalSecret", "SecretProviderClass"),
                manifests.with(Feature.SOPS_ENCRYPTED), manifests.with(Feature.VAULT_INJECTION));
    }

    /** A {@code literals:} list in a kustomization that has a {@code secretGenerator}. */
    private static Optional<TextMatch> secretGeneratorLiterals(AssessmentEvidence evidence) {
        for (TextMatch generator : evidence.files().grep(SECRET_GENERATOR, Kustomizations.GLOBS)) {
            Optional<TextMatch> literals = evidence.files().grep(LITERALS, Kustomizations.GLOBS).stream()
                    .filter(m -> m.path().equals(generator.path()) && m.line() > generator.line()).findFirst();
            if (literals.isPresent()) return literals;
        }
        return Optional.empty();
    }
}
