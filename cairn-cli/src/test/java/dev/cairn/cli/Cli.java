package dev.cairn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** Runs the real command line in-process with captured streams, a fixed clock and a plain terminal. */
final class Cli {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    /** What one invocation gave: exit code, standard output and standard error. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        int exit = CairnCommand.commandLine(new Environment(CLOCK, Terminal.plain()), o, e, args).execute(args);
        o.flush();
        e.flush();
        return new Run(exit, out.toString(), err.toString());
    }

    /** The examples folder of the repository, found from this module's folder (Maven's basedir). */
    static Path examples() {
        return Path.of(System.getProperty("basedir", ".")).resolve("../examples").normalize();
    }

    /** Copies {@code examples/<name>} into {@code into/<name>}: outside any git repository, and free to change. */
    static Path copyExample(String name, Path into) throws IOException {
        Path source = examples().resolve(name);
        Path target = into.resolve(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
