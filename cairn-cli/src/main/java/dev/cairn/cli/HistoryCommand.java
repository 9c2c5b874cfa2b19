package dev.cairn.cli;

import dev.cairn.report.ModelJson;
import dev.cairn.report.Printable;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryException;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.RepositoryState;
import dev.cairn.store.ScanQuery;
import dev.cairn.store.ScanSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn history}: the scans recorded with {@code cairn scan --history}, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the scans recorded with 'cairn scan --history', newest first.",
        footer = {"", "Exit codes: 0 listed (also when there is nothing to list), 2 usage error, 3 the database cannot be read.",
                "Example: cairn history --repo https://github.com/acme/shop.git --limit 10; compare two: cairn diff 3 7"})
public final class HistoryCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", description = HistoryLocation.DESCRIPTION)
    String db;

    @Option(names = "--repo", paramLabel = "REPOSITORY",
            description = "Only this repository's scans: its git remote, or its folder name outside git, as listed")
    String repo;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N scans (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text|json (default: ${DEFAULT-VALUE})")
    String format;

    public HistoryCommand(Environment env) {
        this.env = env;
    }

    /** What {@code --format json} prints. */
    record Listing(String database, List<ScanSummary> scans) {}

    @Override
    public Integer call() throws IOException {
        boolean json = HistoryFormats.json(format, spec);
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit takes a number of scans, 1 or more, not " + limit);
        }
        HistoryDatabase database = HistoryFormats.database(db, spec);
        PrintWriter out = spec.commandLine().getOut();
        if (!HistoryLocation.exists(database)) {
            if (json) {
                ModelJson.write(new Listing(database.display(), List.of()), out);
            } else {
                out.println("No history yet in " + database.display() + ": record scans with 'cairn scan --history'.");
            }
            return ExitCode.OK;
        }
        List<ScanSummary> scans;
        List<RepositoryState> repositories = List.of();
        try {
            HistoryStore store = HistoryStore.open(database);
            scans = store.scans(new ScanQuery(repo, limit));
            if (scans.isEmpty() && repo != null && !json) {
                repositories = store.latest();
            }
        } catch (HistoryException e) {
            spec.commandLine().getErr().println("cairn: cannot read the history in " + database.display() + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (json) {
            ModelJson.write(new Listing(database.display(), scans), out);
        } else if (scans.isEmpty()) {
            out.println(repo == null ? "No scans in " + database.display() + " yet: record one with 'cairn scan --history'."
                    : "No scans of " + repo + " in " + database.display() + "." + known(repositories));
        } else {
            new HistoryText(env.terminal().unicode()).listing(scans).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String known(List<RepositoryState> repositories) {
        return repositories.isEmpty() ? "" : " Repositories with scans: "
                + String.join(", ", repositories.stream().map(r -> Printable.clean(r.repository())).toList());
    }
}
