package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tools whose meaning depends on their verb and flags more than a pattern can say: kubectl and oc, helm,
 * trivy, and target runners such as make, whose targets are judged by name.
 */
final class CliVerbs {
    private static final Set<String> KUBECTL_GLOBAL_FLAGS = Set.of("-n", "--namespace", "--context", "--kubeconfig",
            "--cluster", "--user", "-s", "--server", "--token", "--as", "--request-timeout");
    private static final Set<String> HELM_GLOBAL_FLAGS = Set.of("-n", "--namespace", "--kube-context", "--kubeconfig",
            "--registry-config", "--repository-config");
    private static final Set<String> TRIVY_GLOBAL_FLAGS = Set.of("--cache-dir", "-c", "--config", "--timeout");
    private static final Set<String> MAKE_FLAGS_WITH_VALUE = Set.of("-C", "-f", "--file", "--directory", "-j", "-l", "-o", "-W");
    private static final Set<String> RUNNERS = Set.of("make", "gmake", "just", "mage");
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "source", ".", "pwsh", "python", "python3");

    private CliVerbs() {}

    static Set<StepKind> classify(List<String> words) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        for (String tool : List.of("kubectl", "oc")) {
            int at = Words.indexOfTool(words, tool);
            if (at >= 0) kinds.addAll(kubectl(words, at + 1));
        }
        int helm = Words.indexOfTool(words, "helm");
        if (helm >= 0) kinds.addAll(helm(words, helm + 1));
        int trivy = Words.indexOfTool(words, "trivy");
        if (trivy >= 0) kinds.addAll(trivy(words, trivy + 1));
        if (!words.isEmpty() && RUNNERS.contains(Words.toolName(words.getFirst()))) {
            kinds.addAll(targets(Words.operands(words, 1, MAKE_FLAGS_WITH_VALUE)));
        }
        kinds.addAll(script(words));
        return kinds;
    }

    private static Set<StepKind> kubectl(List<String> words, int from) {
        List<String> args = Words.operands(words, from, KUBECTL_GLOBAL_FLAGS);
        if (args.isEmpty()) return Set.of();
        String verb = args.getFirst();
        String object = args.size() > 1 ? args.get(1) : "";
        boolean dryRun = Words.has(words, from, "--dry-run") && !Words.has(words, from, "--dry-run=none");
        return switch (verb) {
            case "apply", "replace", "patch" -> dryRun ? Set.of() : Set.of(DEPLOY);
            case "create" -> !dryRun && (Words.has(words, from, "-f") || Words.has(words, from, "-k")
                    || Words.has(words, from, "--filename") || Set.of("deployment", "deploy", "job", "cronjob").contains(object))
                    ? Set.of(DEPLOY) : Set.of();
            case "set" -> Set.of("image", "env", "resources").contains(object) ? Set.of(DEPLOY) : Set.of();
            case "rollout" -> switch (object) {
                case "restart", "undo", "resume" -> Set.of(DEPLOY);
                case "status" -> Set.of(SMOKE_TEST);
                default -> Set.of();
            };
            case "wait" -> waitsForReadiness(words, from) ? Set.of(SMOKE_TEST) : Set.of();
            default -> Set.of();
        };
    }

    private static boolean waitsForReadiness(List<String> words, int from) {
        String condition = Words.flag(words, from, "--for");
        if (condition == null) return false;
        String c = condition.toLowerCase(Locale.ROOT);
        return c.startsWith("condition=available") || c.startsWith("condition=ready") || c.startsWith("condition=complete");
    }

    private static Set<StepKind> helm(List<String> words, int from) {
        List<String> args = Words.operands(words, from, HELM_GLOBAL_FLAGS);
        if (args.isEmpty()) return Set.of();
        boolean dryRun = Words.has(words, from, "--dry-run");
        return switch (args.getFirst()) {
            case "upgrade", "install" -> dryRun ? Set.of() : Set.of(DEPLOY);
            case "test" -> Set.of(SMOKE_TEST);
            case "lint" -> Set.of(STATIC_ANALYSIS);
            case "registry" -> args.size() > 1 && args.get(1).equals("login") ? Set.of(REGISTRY_LOGIN) : Set.of();
            default -> Set.of();
        };
    }

    private static Set<StepKind> trivy(List<String> words, int from) {
        List<String> args = Words.operands(words, from, TRIVY_GLOBAL_FLAGS);
        String verb = args.isEmpty() ? "" : args.getFirst();
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        switch (verb) {
            case "image", "i", "rootfs", "vm", "sbom" -> kinds.add(VULNERABILITY_SCAN);
            case "fs", "filesystem", "repo", "repository" -> kinds.addAll(Set.of(VULNERABILITY_SCAN, DEPENDENCY_SCAN));
            case "config", "conf" -> kinds.add(CONFIG_SCAN);
            case "k8s", "kubernetes" -> kinds.addAll(Set.of(VULNERABILITY_SCAN, CONFIG_SCAN));
            case "", "version", "--version", "server", "plugin", "module", "clean", "convert" -> {
                return Set.of();
            }
            // The old command line scanned an image named as the first argument.
            default -> kinds.add(VULNERABILITY_SCAN);
        }
        return TrivyOptions.apply(kinds, Words.flag(words, from, "--scanners", "--security-checks"),
                Words.flag(words, from, "--format", "-f"));
    }

    /** Targets of make-like runners, judged by name; a target that says nothing specific builds. */
    static Set<StepKind> targets(List<String> operands) {
        List<String> targets = operands.stream().filter(t -> !t.contains("=")).toList();
        if (targets.isEmpty()) return Set.of(BUILD);
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        for (String target : targets) {
            kinds.addAll(target(target.toLowerCase(Locale.ROOT)));
        }
        return kinds;
    }

    private static Set<StepKind> target(String t) {
        Set<StepKind> named = named(t);
        return named.isEmpty() ? Set.of(BUILD) : named;
    }

    /**
     * What a target or script name says it does ({@code deploy-aks}, {@code test}, {@code trivy-image-scan}), or
     * nothing when the name says nothing known.
     */
    static Set<StepKind> named(String t) {
        boolean image = t.contains("docker") || t.contains("image") || t.contains("container");
        if (t.contains("smoke")) return Set.of(SMOKE_TEST);
        if (t.contains("sbom")) return Set.of(SBOM);
        if (t.contains("scan") || t.contains("trivy") || t.contains("grype")) return Set.of(VULNERABILITY_SCAN);
        if (t.contains("cover")) return Set.of(UNIT_TEST, COVERAGE);
        if (t.contains("test") || t.equals("check")) return Set.of(UNIT_TEST);
        if (t.contains("lint") || t.equals("vet") || t.contains("static") || t.equals("check-style")) return Set.of(STATIC_ANALYSIS);
        if (t.contains("deploy") || t.equals("rollout")) return Set.of(DEPLOY);
        if (t.contains("push") || t.contains("publish") && image) return Set.of(IMAGE_PUSH);
        if (image) return Set.of(IMAGE_BUILD);
        if (t.equals("sign")) return Set.of(SIGNING);
        if (t.contains("build") || t.equals("all") || t.equals("install")) return Set.of(BUILD);
        return Set.of();
    }

    /**
     * A repository script run by path ({@code ./deploy-aks.sh}, {@code script/test}, {@code bash scripts/build.sh}):
     * judged by its name, as a person reading the pipeline would.
     */
    static Set<StepKind> script(List<String> words) {
        if (words.isEmpty()) return Set.of();
        String first = words.getFirst();
        String script = SHELLS.contains(first) && words.size() > 1 ? words.get(1) : first;
        boolean path = script.contains("/") && !script.contains("://") && !script.startsWith("-") || script.endsWith(".sh");
        if (!path || script.startsWith("$")) return Set.of();
        String name = script.substring(script.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceFirst("\\.(sh|bash|ps1|py)$", "");
        return named(name);
    }
}
