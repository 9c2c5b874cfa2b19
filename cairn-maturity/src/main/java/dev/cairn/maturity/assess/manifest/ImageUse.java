package dev.cairn.maturity.assess.manifest;

import dev.cairn.core.model.Location;

/**
 * A container image a workload runs, where it is written. What a reference says (registry, tag, digest) is read
 * from the reference alone, because evaluators judge each distinct image once ({@link ManifestFacts#runningImage}).
 */
public record ImageUse(String image, String container, Location location) {
    /** The registry host, or {@code docker.io} when the reference names none. */
    public static String registry(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return "docker.io";
        }
        String first = image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }

    /** The tag, or null when the reference has none (a digest alone, or nothing). */
    public static String tag(String image) {
        String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        return colon > slash ? name.substring(colon + 1) : null;
    }

    public static boolean pinnedByDigest(String image) {
        return image.contains("@sha256:");
    }
}
