package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import java.util.Set;

/**
 * Configuration a pipeline pulls in from elsewhere: a GitLab {@code include} (local file, project file,
 * remote URL, template or component) or a CircleCI orb. Its kinds come from well-known names only, e.g.
 * GitLab's {@code Security/SAST.gitlab-ci.yml} template does SAST; cairn never fetches the included file.
 */
public record Include(String ref, Location location, Set<StepKind> kinds) {
    public Include {
        kinds = Copies.kinds(kinds);
    }
}
