package dev.cairn.ingest.render;

import java.util.Locale;

/** {@code --render auto|off}: render kustomizations and Helm charts when a renderer is there, or never. */
public enum RenderMode {
    AUTO,
    OFF;

    public static RenderMode parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "off" -> OFF;
            default -> throw new IllegalArgumentException("--render takes auto or off, not '" + value + "'");
        };
    }
}
