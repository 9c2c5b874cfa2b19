package dev.cairn.cli;

import dev.cairn.report.Format;
import java.nio.file.Path;

/** One {@code --format FORMAT[=FILE]} value: a format, written to a file or, without one, to stdout. */
record OutputTarget(Format format, Path file) {
    static OutputTarget parse(String value) {
        int eq = value.indexOf('=');
        String name = eq < 0 ? value : value.substring(0, eq);
        Format format = Format.parse(name);
        if (eq >= 0 && eq == value.length() - 1) {
            throw new IllegalArgumentException("missing file name after '" + name + "=': e.g. --format " + name + "=cairn." + format.extension());
        }
        return new OutputTarget(format, eq < 0 ? null : Path.of(value.substring(eq + 1)));
    }
}
