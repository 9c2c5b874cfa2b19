package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hardened a GitHub Actions workflow is (criterion TEC-28, after OpenSSF Scorecard's Pinned-Dependencies,
 * Token-Permissions and Dangerous-Workflow): which actions are not pinned to a commit SHA, whether the
 * workflow's token is read-only by default, whether cloud access goes through OIDC federation or long-lived
 * keys, and whether a privileged trigger runs code from a pull request's head. Every finding has the
 * location of the entry it is about. Pipelines of other systems give an empty view.
 *
 * @param actions             every remote action and reusable workflow used, pinned or not
 * @param unpinnedThirdParty  actions of owners other than {@code actions} and {@code github} not pinned to a SHA
 * @param unpinnedFirstParty  actions of the {@code actions} and {@code github} owners not pinned to a SHA
 * @param topLevelPermissions the workflow's {@code permissions}, or null when it has none (the repository's
 *                            default token permissions apply, often write-all)
 * @param oidcLogins          cloud logins configured for OIDC federation, with whether the job may get an ID token
 * @param longLivedKeys       cloud keys passed to the workflow from secrets
 * @param dangerousCheckouts  checkouts of a pull request's head in a workflow that {@code pull_request_target} or
 *                            {@code workflow_run} starts
 */
public record CiHardening(List<ActionUse> actions, List<ActionUse> unpinnedThirdParty, List<ActionUse> unpinnedFirstParty,
        Permissions topLevelPermissions, List<OidcLogin> oidcLogins, List<CloudKey> longLivedKeys,
        List<DangerousCheckout> dangerousCheckouts) {

    public enum Cloud { AWS, GCP, AZURE }

    /**
     * One {@code uses:} of a remote action or reusable workflow.
     *
     * @param ref the part after {@code @} (a tag, branch or SHA), or null when there is none
     * @param job the id of the job it belongs to
     */
    public record ActionUse(String uses, String owner, String ref, boolean pinned, boolean firstParty, String job,
            Location location) {}

    /** A cloud login set up for OIDC federation; it is federated only if the job may request an ID token. */
    public record OidcLogin(Cloud cloud, String uses, String job, boolean idTokenWrite, Location location) {}

    /** A long-lived cloud credential handed to the workflow; {@code name} is the secret's name or the input's. */
    public record CloudKey(Cloud cloud, String name, String job, Location location) {}

    /** A checkout of pull request code ({@code ref}) under a privileged trigger. */
    public record DangerousCheckout(String trigger, Location triggerLocation, String job, String ref, Location location) {}

    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern SECRET = Pattern.compile("\\$\\{\\{\\s*secrets\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)|\\[\\s*'([^']+)'\\s*])\\s*}}");
    private static final Pattern AWS_KEY = Pattern.compile("(?i)AWS.*(?:SECRET|ACCESS_KEY|KEY_ID)");
    private static final Pattern GCP_KEY = Pattern.compile("(?i)(?:GCP|GCLOUD|GOOGLE|GKE|GCR|GAR).*(?:KEY|CREDENTIAL|JSON)");
    private static final Pattern AZURE_KEY = Pattern.compile("(?i)(?:AZURE|ARM).*(?:CREDENTIALS|CLIENT_SECRET)");
    private static final Pattern PR_HEAD = Pattern.compile("github\\.event\\.pull_request\\.head\\.(?:sha|ref|repo)|github\\.head_ref"
            + "|github\\.event\\.workflow_run\\.head_(?:sha|branch|repository)|refs/pull/");
    private static final Pattern CHECKOUT_COMMAND = Pattern.compile("\\bgit\\s+(?:checkout|fetch|pull|switch)\\b|\\bgh\\s+pr\\s+checkout\\b");
    private static final Map<String, Cloud> KEY_INPUTS = Map.of("aws-access-key-id", Cloud.AWS, "aws-secret-access-key", Cloud.AWS,
            "credentials_json", Cloud.GCP, "service_account_key", Cloud.GCP, "creds", Cloud.AZURE);

    public CiHardening {
        actions = List.copyOf(actions);
        unpinnedThirdParty = List.copyOf(unpinnedThirdParty);
        unpinnedFirstParty = List.copyOf(unpinnedFirstParty);
        oidcLogins = List.copyOf(oidcLogins);
        longLivedKeys = List.copyOf(longLivedKeys);
        dangerousCheckouts = List.copyOf(dangerousCheckouts);
    }

    public boolean hasTopLevelPermissions() {
        return topLevelPermissions != null;
    }

    /** Top-level permissions exist and grant no write scope. */
    public boolean topLevelReadOnly() {
        return topLevelPermissions != null && topLevelPermissions.isReadOnly();
    }

    /** Some cloud login is federated through OIDC with an ID token the job may request. */
    public boolean usesOidc() {
        return oidcLogins.stream().anyMatch(OidcLogin::idTokenWrite);
    }

    public static CiHardening of(Pipeline pipeline) {
        if (pipeline.system() != CiSystem.GITHUB_ACTIONS) {
            return new CiHardening(List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of());
        }
        List<ActionUse> actions = new ArrayList<>();
        List<OidcLogin> oidc = new ArrayList<>();
        Set<CloudKey> keys = new LinkedHashSet<>();
        List<DangerousCheckout> dangerous = new ArrayList<>();
        List<Trigger> privileged = pipeline.triggers().stream()
                .filter(t -> t.event().equals(Trigger.PULL_REQUEST_TARGET) || t.raw().equals("workflow_run")).toList();
        pipeline.env().forEach((name, value) -> keys.addAll(keysIn(name, value, null, pipeline.locationOf("env." + name))));
        for (Job job : pipeline.jobs()) {
            job.env().forEach((name, value) -> keys.addAll(keysIn(name, value, job.id(), job.locationOf("env." + name))));
            Permissions effective = job.permissions() != null ? job.permissions() : pipeline.permissions();
            boolean idToken = effective != null && effective.grantsWrite("id-token");
            for (Step step : job.steps()) {
                actionUse(step, job.id()).ifPresent(actions::add);
                oidcLogin(step, job.id(), idToken).ifPresent(oidc::add);
                keys.addAll(stepKeys(step, job.id()));
                for (Trigger trigger : privileged) {
                    dangerous.addAll(headCheckouts(step, job.id(), trigger));
                }
            }
        }
        return new CiHardening(actions, actions.stream().filter(a -> !a.pinned() && !a.firstParty()).toList(),
                actions.stream().filter(a -> !a.pinned() && a.firstParty()).toList(), pipeline.permissions(), oidc,
                List.copyOf(keys), dangerous);
    }

    private static Optional<ActionUse> actionUse(Step step, String job) {
        String uses = step.uses();
        if (uses == null || uses.startsWith("./") || uses.startsWith("../")) return Optional.empty();
        Location at = step.locationOf("uses");
        if (uses.startsWith("docker://")) {
            String image = uses.substring("docker://".length());
            int digest = image.indexOf("@sha256:");
            return Optional.of(new ActionUse(uses, null, digest < 0 ? null : image.substring(digest + 1),
                    digest >= 0, false, job, at));
        }
        int atSign = uses.indexOf('@');
        String ref = atSign < 0 ? null : uses.substring(atSign + 1);
        String owner = uses.substring(0, uses.contains("/") ? uses.indexOf('/') : atSign < 0 ? uses.length() : atSign);
        String o = owner.toLowerCase(Locale.ROOT);
        boolean firstParty = o.equals("actions") || o.equals("github");
        return Optional.of(new ActionUse(uses, owner, ref, ref != null && FULL_SHA.matcher(ref).matches(), firstParty, job, at));
    }

    private static Optional<OidcLogin> oidcLogin(Step step, String job, boolean idToken) {
        if (step.uses() == null) return Optional.empty();
        String action = ActionRules.name(step.uses());
        Map<String, String> with = step.with();
        Cloud cloud = switch (action) {
            case "aws-actions/configure-aws-credentials" -> with.containsKey("role-to-assume")
                    && !with.containsKey("aws-access-key-id") && !with.containsKey("aws-secret-access-key") ? Cloud.AWS : null;
            case "google-github-actions/auth" -> with.containsKey("workload_identity_provider")
                    && !with.containsKey("credentials_json") ? Cloud.GCP : null;
            case "azure/login" -> with.containsKey("client-id") && !with.containsKey("creds") ? Cloud.AZURE : null;
            default -> null;
        };
        return cloud == null ? Optional.empty()
                : Optional.of(new OidcLogin(cloud, step.uses(), job, idToken, step.location()));
    }

    private static List<CloudKey> stepKeys(Step step, String job) {
        List<CloudKey> keys = new ArrayList<>();
        boolean keyInputs = step.uses() != null && Set.of("aws-actions/configure-aws-credentials", "google-github-actions/auth",
                "google-github-actions/setup-gcloud", "google-github-actions/get-gke-credentials", "azure/login")
                .contains(ActionRules.name(step.uses()));
        step.with().forEach((input, value) -> {
            Location at = step.locationOf("with." + input);
            Cloud byInput = keyInputs ? KEY_INPUTS.get(input) : null;
            if (byInput != null && !value.isBlank()) {
                String secret = secretNames(value).stream().findFirst().orElse(input);
                keys.add(new CloudKey(byInput, secret, job, at));
            } else {
                keys.addAll(keysIn(input, value, job, at));
            }
        });
        step.env().forEach((name, value) -> keys.addAll(keysIn(name, value, job, step.locationOf("env." + name))));
        if (step.run() != null) keys.addAll(keysIn(null, step.run(), job, step.locationOf("run")));
        return keys;
    }

    /** Secrets named like cloud keys referenced in {@code value}. */
    private static List<CloudKey> keysIn(String key, String value, String job, Location at) {
        List<CloudKey> keys = new ArrayList<>();
        for (String secret : secretNames(value)) {
            Cloud cloud = cloudOf(secret);
            if (cloud != null) keys.add(new CloudKey(cloud, secret, job, at));
        }
        return keys;
    }

    private static Cloud cloudOf(String secret) {
        if (AWS_KEY.matcher(secret).find()) return Cloud.AWS;
        if (GCP_KEY.matcher(secret).find()) return Cloud.GCP;
        if (AZURE_KEY.matcher(secret).find()) return Cloud.AZURE;
        return null;
    }

    /** Names of the secrets an expression text refers to ({@code ${{ secrets.X }}}, {@code ${{ secrets['X'] }}}). */
    public static List<String> secretNames(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) return names;
        Matcher m = SECRET.matcher(text);
        while (m.find()) names.add(m.group(1) != null ? m.group(1) : m.group(2));
        return names;
    }

    private static List<DangerousCheckout> headCheckouts(Step step, String job, Trigger trigger) {
        List<DangerousCheckout> out = new ArrayList<>();
        if (step.uses() != null && ActionRules.name(step.uses()).equals("actions/checkout")) {
            for (String input : List.of("ref", "repository")) {
                String value = step.with().get(input);
                if (value != null && PR_HEAD.matcher(value).find()) {
                    out.add(new DangerousCheckout(trigger.raw(), trigger.location(), job, value, step.locationOf("with." + input)));
                    break;
                }
            }
        }
        for (Command command : step.commands()) {
            String text = command.text();
            if (CHECKOUT_COMMAND.matcher(text).find() && (PR_HEAD.matcher(text).find() || text.contains("gh pr checkout"))) {
                out.add(new DangerousCheckout(trigger.raw(), trigger.location(), job, text, command.location()));
            }
        }
        return out;
    }
}
