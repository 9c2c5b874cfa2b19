package dev.cairn.server;

import java.math.BigDecimal;

/**
 * Prometheus' text exposition format (version 0.0.4), the few parts the server needs: a family's HELP and TYPE
 * lines, then its samples with escaped label values. Small enough to keep here instead of a client library.
 */
final class Exposition {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Starts a metric family. */
    Exposition family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    /** @param labels name, value, name, value, ... */
    Exposition sample(String name, double value, String... labels) {
        out.append(name);
        if (labels.length > 0) {
            out.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                out.append(i == 0 ? "" : ",").append(labels[i]).append("=\"");
                escape(labels[i + 1]);
                out.append('"');
            }
            out.append('}');
        }
        return append(value);
    }

    private Exposition append(double value) {
        out.append(' ');
        if (Double.isNaN(value)) {
            out.append("NaN");
        } else if (Double.isInfinite(value)) {
            out.append(value > 0 ? "+Inf" : "-Inf");
        } else {
            out.append(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        }
        out.append('\n');
        return this;
    }

    /** A label value: backslash, double quote and line feed are escaped; everything else is taken as it is. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
    }

    String text() {
        return out.toString();
    }
}
