package dev.cairn.maturity.kpi.dora;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The image pins of a GitOps file, read line by line (a deliberately small YAML subset): kustomize
 * {@code images[].newTag} and {@code digest}, Helm values {@code image.tag} (a {@code tag:} key nested under
 * an {@code image}-named key) and {@code image: repo:tag} / {@code image: repo@digest} references. Each pin
 * is {@code key=value}; a deployment is a commit whose pins change.
 */
final class ImagePins {
    private ImagePins() {}

    static Set<String> of(String text) {
        Set<String> pins = new TreeSet<>();
        if (text == null) return pins;
        Deque<int[]> indents = new ArrayDeque<>();   // [indent, isImageKey]
        for (String raw : text.split("\r?\n")) {
            String line = stripComment(raw);
            if (line.isBlank() || line.strip().equals("---")) continue;
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '-')) indent++;
            String content = line.substring(indent).strip();
            int colon = content.indexOf(':');
            if (colon <= 0) continue;
            String key = unquote(content.substring(0, colon).strip());
            String value = unquote(content.substring(colon + 1).strip());
            while (!indents.isEmpty() && indents.peek()[0] >= indent) indents.pop();
            boolean underImage = !indents.isEmpty() && indents.peek()[1] == 1;
            String k = key.toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                if (k.equals("newtag") || k.equals("digest")) {
                    pins.add(key + "=" + value);
                } else if (k.equals("tag") && underImage) {
                    pins.add("image.tag=" + value);
                } else if (k.equals("image") && (value.contains(":") || value.contains("@"))) {
                    pins.add("image=" + value);
                }
            } else {
                indents.push(new int[] {indent, k.contains("image") ? 1 : 0});
            }
        }
        return pins;
    }

    /** The value part of a pin ({@code newTag=1.2.3 -> 1.2.3}, {@code image=repo:1.2.3 -> 1.2.3}). */
    static String version(String pin) {
        String v = pin.substring(pin.indexOf('=') + 1);
        if (pin.startsWith("image=")) {
            int at = v.indexOf('@');
            if (at >= 0) return v.substring(at + 1);
            int slash = v.lastIndexOf('/');
            int colon = v.lastIndexOf(':');
            if (colon > slash) return v.substring(colon + 1);
        }
        return v;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf(" #");
        if (line.stripLeading().startsWith("#")) return "";
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
