package dev.cairn.checks.image;

import dev.cairn.core.yaml.YScalar;
import java.util.Locale;
import java.util.regex.Pattern;

/** Shared reading of {@code image:} values. */
final class Images {
    private Images() {}

    /**
     * A whole value that only a template tool turns into an image: {@code $IMAGE_URL} (envsubst),
     * {@code <IMAGE>}, or an upper-case name such as {@code CONTAINER_IMAGE}, which no image reference can be
     * (repositories are lower case). A false positive found on real manifests.
     */
    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("\\$[A-Za-z_]\\w*|<[^<>]+>|[A-Z][A-Z0-9_]*");

    /** No image (a kustomize patch) or a placeholder filled in elsewhere (Helm, envsubst, sed). */
    static boolean isPlaceholder(YScalar image) {
        if (image.isNull() || image.text().isBlank()) {
            return true;
        }
        String text = image.text().strip();
        return text.contains("${") || text.contains("{{") || WHOLE_PLACEHOLDER.matcher(text).matches();
    }

    /**
     * The repository with its registry made explicit, lower case, as container runtimes resolve it:
     * {@code nginx} is {@code docker.io/library/nginx}, {@code acme/api} is {@code docker.io/acme/api}.
     */
    static String qualifiedRepository(ImageReference image) {
        String repository = image.repository().toLowerCase(Locale.ROOT);
        int slash = repository.indexOf('/');
        String first = slash < 0 ? "" : repository.substring(0, slash);
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        if (!hasRegistry) {
            repository = "docker.io/" + repository;
        } else if (first.equals("index.docker.io") || first.equals("registry-1.docker.io")) {
            repository = "docker.io" + repository.substring(slash);
        }
        if (repository.startsWith("docker.io/") && repository.indexOf('/', "docker.io/".length()) < 0) {
            repository = "docker.io/library/" + repository.substring("docker.io/".length());
        }
        return repository;
    }
}
