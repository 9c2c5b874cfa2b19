package dev.cairn.maturity.criteria.technology;

/** The names container build definitions go by, as discovery classifies them. */
final class ContainerBuildFiles {
    static final String[] DOCKERFILES = {"Dockerfile", "Dockerfile.*", "Containerfile", "Containerfile.*", "*.dockerfile"};

    private ContainerBuildFiles() {}
}
