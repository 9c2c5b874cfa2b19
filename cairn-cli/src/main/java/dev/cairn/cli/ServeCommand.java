package dev.cairn.cli;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.server.CairnServer;
import dev.cairn.server.ConnectionPool;
import dev.cairn.server.ServerConfig;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn serve}: the dashboard and API over the history store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard, the REST API (/api, /api/openapi.json), uploads from CI, /metrics, /healthz"
                + " and /readyz over the history store. Logs one JSON line per request on stdout.",
        footer = {"", "Reads are open to whoever reaches the address; every write needs a token (cairn token create).",
                "Exit codes: 2 usage error, 3 the database or the port cannot be used; Ctrl-C or SIGTERM stops it.",
                "Example: cairn serve --db jdbc:postgresql://db/cairn?user=cairn --bind 0.0.0.0 --port 8080"})
public final class ServeCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", description = HistoryLocation.DESCRIPTION)
    String db;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--max-upload", paramLabel = "MIB", defaultValue = "64",
            description = "Largest report an upload may send, in MiB (default: ${DEFAULT-VALUE})")
    int maxUploadMib;

    public ServeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port takes 0 to 65535, not " + port);
        }
        if (maxUploadMib < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-upload takes 1 MiB or more, not " + maxUploadMib);
        }
        HistoryDatabase database = HistoryFormats.database(db, spec);
        PrintWriter err = spec.commandLine().getErr();
        CairnServer server;
        ConnectionPool pool;
        try {
            pool = ConnectionPool.open(database, ConnectionPool.DEFAULT_SIZE);
        } catch (HistoryException e) {
            err.println("cairn: cannot open the history in " + database.display() + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        try {
            server = CairnServer.start(new ServerConfig(pool.store(), BuiltInRules.of(BuiltInChecks.registry()), bind, port,
                    maxUploadMib * 1024L * 1024L, env.clock(), System.out));
        } catch (RuntimeException e) {
            pool.close();
            err.println("cairn: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
            return ExitCode.FAILURE;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        err.println("cairn: serving " + database.display() + " on http://" + host + ":" + server.port() + "/");
        if (!CairnServer.isLoopback(bind)) {
            err.println("cairn: reads are open to everyone who can reach " + bind + "; writes need a token");
        }
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            pool.close();
            stopped.countDown();
        }, "cairn-serve-stop"));
        stopped.await();
        return ExitCode.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
