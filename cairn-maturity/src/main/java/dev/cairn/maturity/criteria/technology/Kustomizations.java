package dev.cairn.maturity.criteria.technology;

/** Where kustomize looks for its configuration: the three file names it accepts. */
final class Kustomizations {
    static final String[] GLOBS = {"kustomization.yaml", "kustomization.yml", "Kustomization"};

    private Kustomizations() {}
}
