package dev.cairn.cli;

import dev.cairn.report.ModelJson;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryException;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.ScanDiff;
import dev.cairn.store.UnknownScanException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn diff A B}: what changed from one recorded scan to another. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two recorded scans: new, fixed and unchanged findings (matched by fingerprint, so a"
                + " finding that only moved is unchanged) and the criteria that changed state.",
        footer = {"", "Exit codes: 0 compared (whatever changed), 2 usage error (unknown scan), 3 the database cannot be read.",
                "Example: cairn history --limit 2; cairn diff 6 7 --format json"})
public final class DiffCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCAN_A", description = "The earlier scan's id, as 'cairn history' lists it")
    long from;

    @Parameters(index = "1", paramLabel = "SCAN_B", description = "The later scan's id")
    long to;

    @Option(names = "--db", paramLabel = "DB", description = HistoryLocation.DESCRIPTION)
    String db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text|json (default: ${DEFAULT-VALUE})")
    String format;

    public DiffCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        boolean json = HistoryFormats.json(format, spec);
        HistoryDatabase database = HistoryFormats.database(db, spec);
        if (!HistoryLocation.exists(database)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no history in " + database.display()
                    + ": record scans with 'cairn scan --history', or name the database with --db");
        }
        ScanDiff diff;
        try {
            diff = HistoryStore.open(database).diff(from, to);
        } catch (UnknownScanException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no scan " + e.scanId() + " in "
                    + database.display() + ": 'cairn history' lists the scans");
        } catch (HistoryException e) {
            spec.commandLine().getErr().println("cairn: cannot read the history in " + database.display() + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ModelJson.write(diff, out);
        } else {
            new HistoryText(env.terminal().unicode()).diff(diff).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }
}
