package dev.cairn.maturity.criteria.technology;

import java.util.Set;

/** Where kustomize looks for its configuration: the three file names it accepts. */
final class Kustomizations {
    static final String[] GLOBS = {"kustomization.yaml", "kustomization.yml", "Kustomization"};
    private static final Set<String> NAMES = Set.of(GLOBS);

    private Kustomizations() {}

    static boolean isKustomization(String path) {
        return NAMES.contains(path.substring(path.lastIndexOf('/') + 1));
    }
}
