package dev.cairn.core.k8s;

/** The three container lists of a pod spec, named as their fields. */
public enum ContainerKind {
    CONTAINER("containers"), INIT("initContainers"), EPHEMERAL("ephemeralContainers");

    private final String field;

    ContainerKind(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static boolean isContainerList(String field) {
        for (ContainerKind k : values()) {
            if (k.field.equals(field)) {
                return true;
            }
        }
        return false;
    }
}
