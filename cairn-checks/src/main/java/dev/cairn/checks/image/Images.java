package dev.cairn.checks.image;

import dev.cairn.checks.template.Placeholders;
import dev.cairn.core.yaml.YScalar;
import java.util.Locale;

/** Shared reading of {@code image:} values. */
final class Images {
    private Images() {}

    /** No image (a kustomize patch) or a placeholder filled in elsewhere ({@link Placeholders}). */
    static boolean isPlaceholder(YScalar image) {
        return image.isNull() || image.text().isBlank() || Placeholders.isPlaceholder(image.text());
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
