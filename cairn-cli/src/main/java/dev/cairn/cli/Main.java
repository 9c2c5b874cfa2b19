package dev.cairn.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;

/** The entry point and the only {@code System.exit} of cairn. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Charset charset = System.out.charset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        Terminal terminal = Terminal.detect();
        int code = CairnCommand.commandLine(new Environment(Clock.systemUTC(), terminal), out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
