package dev.cairn.core.yaml;

import java.util.Set;

/** The YAML 1.1 scalar forms that go-yaml v2, and so Kubernetes, resolves to booleans and integers. */
final class Booleans {
    static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");

    private Booleans() {}

    static Long parseInt(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        try {
            long v;
            if (t.startsWith("0x")) v = Long.parseLong(t.substring(2), 16);
            else if (t.startsWith("0o")) v = Long.parseLong(t.substring(2), 8);
            else if (t.startsWith("0b")) v = Long.parseLong(t.substring(2), 2);
            else if (t.length() > 1 && t.startsWith("0")) v = Long.parseLong(t.substring(1), 8);
            else v = Long.parseLong(t);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
