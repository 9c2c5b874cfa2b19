package dev.cairn.checks.image;

import java.util.Optional;

/**
 * The parts of a container image reference ({@code registry:5000/team/app:1.2@sha256:...}) that checks
 * judge. The tag is what follows the last colon after the last slash.
 */
public record ImageReference(String repository, String tag, String digest) {

    public static ImageReference parse(String image) {
        String rest = image.strip();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        String tag = null;
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    public Optional<String> tagValue() {
        return Optional.ofNullable(tag).filter(t -> !t.isEmpty());
    }

    public boolean pinnedByDigest() {
        return digest != null && !digest.isEmpty();
    }
}
