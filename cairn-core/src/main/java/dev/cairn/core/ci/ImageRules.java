package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a container image does when it is a plugin (Drone, Woodpecker) or a pipe (Bitbucket) configured
 * through settings rather than commands. Images that merely provide tools for a script ({@code docker:24},
 * {@code bitnami/kubectl}) are judged by the script.
 */
final class ImageRules {
    private static final Map<String, Set<StepKind>> PLUGINS = new HashMap<>();

    static {
        put(Set.of(IMAGE_BUILD, IMAGE_PUSH, REGISTRY_LOGIN), "plugins/docker", "plugins/kaniko", "plugins/kaniko-ecr",
                "plugins/kaniko-gcr", "plugins/kaniko-acr", "plugins/ecr", "plugins/gcr", "plugins/acr", "plugins/gar",
                "plugins/buildx", "plugins/docker-buildx", "woodpeckerci/plugin-docker-buildx", "woodpeckerci/plugin-kaniko",
                "thegeeklab/drone-docker-buildx", "banzaicloud/drone-kaniko");
        put(Set.of(NOTIFICATION), "plugins/webhook", "plugins/matrix");
        put(Set.of(CHECKOUT), "plugins/git", "woodpeckerci/plugin-git");
        put(Set.of(DEPLOY), "plugins/gke", "vallard/drone-kube", "honestbee/drone-kubernetes", "atlassian/azure-aks-deploy",
                "atlassian/azure-aks-helm-deploy", "atlassian/aws-ecs-deploy");
        put(Set.of(IMAGE_PUSH, REGISTRY_LOGIN), "atlassian/aws-ecr-push-image");
    }

    private ImageRules() {}

    /** Kinds of an image used as a plugin or pipe; {@code fallback} also reads its name for keywords. */
    static Set<StepKind> classify(String image, Map<String, String> settings, boolean fallback) {
        String repository = repository(image);
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        Set<StepKind> known = PLUGINS.get(repository);
        if (known != null) {
            kinds.addAll(known);
            if (known.contains(IMAGE_PUSH) && isTrue(settings.get("dry_run"))) {
                kinds.removeAll(Set.of(IMAGE_PUSH, REGISTRY_LOGIN));
            }
        } else if (repository.endsWith("kubectl-run")) {
            String command = settings.getOrDefault("KUBECTL_COMMAND", "apply");
            kinds.addAll(StepClassifier.classifyCommand("kubectl " + command + " " + settings.getOrDefault("KUBECTL_ARGS", "")));
        } else if (fallback) {
            kinds.addAll(NameKeywords.of(repository));
        }
        if (!kinds.isEmpty()) {
            StringBuilder tags = new StringBuilder();
            settings.forEach((key, value) -> {
                String k = key.toLowerCase(Locale.ROOT);
                if (k.equals("tags") || k.equals("tag") || k.equals("image_tag")) tags.append(value).append('\n');
            });
            if (isTrue(settings.get("auto_tag"))) tags.append("auto_tag: true");
            kinds.addAll(TagSources.of(tags.toString(), Set.of(IMAGE_BUILD)));
        }
        return kinds;
    }

    static Set<StepKind> classify(String image, Map<String, String> settings) {
        return classify(image, settings, true);
    }

    /** {@code docker.io/library/Alpine:3.20@sha256:..} -> {@code alpine}; {@code gcr.io/x/y:1} -> {@code gcr.io/x/y}. */
    static String repository(String image) {
        String r = image.strip().toLowerCase(Locale.ROOT);
        int at = r.indexOf('@');
        if (at >= 0) r = r.substring(0, at);
        int colon = r.lastIndexOf(':');
        if (colon > r.lastIndexOf('/')) r = r.substring(0, colon);
        if (r.startsWith("docker.io/")) r = r.substring("docker.io/".length());
        if (r.startsWith("index.docker.io/")) r = r.substring("index.docker.io/".length());
        if (r.startsWith("library/")) r = r.substring("library/".length());
        return r;
    }

    private static boolean isTrue(String value) {
        return value != null && value.strip().equalsIgnoreCase("true");
    }

    private static void put(Set<StepKind> kinds, String... images) {
        for (String i : images) PLUGINS.put(i, kinds);
    }
}
