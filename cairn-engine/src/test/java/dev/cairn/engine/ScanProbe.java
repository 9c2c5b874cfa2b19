package dev.cairn.engine;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Scans one folder with the built-in checks and prints the JSON report: the child process that
 * {@link HostileInputTest} runs as an unprivileged user when the tests themselves run as root.
 */
public final class ScanProbe {
    private ScanProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScanProbe ROOT");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            out.print(Trees.json(Trees.scan(Path.of(args[0]))));
        } catch (ScanFailedException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
        out.flush();
    }
}
