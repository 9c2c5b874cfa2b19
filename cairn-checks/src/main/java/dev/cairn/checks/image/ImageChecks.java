package dev.cairn.checks.image;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks on container image references. */
public final class ImageChecks {
    private ImageChecks() {}

    public static List<Check> all() {
        return List.of(new ImageTagCheck(), new ImageDigestCheck(), new ImageRegistryAllowlistCheck(), new ImagePullPolicyCheck());
    }
}
