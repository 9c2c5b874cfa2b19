package dev.cairn.server;

import dev.cairn.report.RuleCatalog;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A server in a JVM of its own, so that a test can kill it as a crash or {@code kill -9} would: started with the
 * test's own java and class path, its {@link #main} opens the store named by its argument and prints the port.
 * The process is destroyed on {@link #close} if the test has not killed it already.
 */
final class ServerProcess implements AutoCloseable {
    private static final String PORT_LINE = "listening on port ";
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server over the database and returns once {@code /readyz} answers 200. */
    static ServerProcess start(HistoryDatabase database) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(), database.jdbcUrl())
                .redirectErrorStream(true).start();
        ServerProcess server = new ServerProcess(process, readPort(process));
        server.awaitReady();
        return server;
    }

    /** The server's first line is its port; anything else (a stack trace) fails the test with what it said. */
    private static int readPort(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith(PORT_LINE)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server process did not start: " + first);
        }
        // the request log follows on stdout: drain it so the server never blocks on a full pipe
        Thread.ofVirtual().start(() -> {
            try {
                out.transferTo(Writer.nullWriter());
            } catch (IOException killed) {
                // the stream closes when the process is killed
            }
        });
        return Integer.parseInt(first.substring(PORT_LINE.length()).strip());
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readyz = HttpRequest.newBuilder(uri("/readyz")).timeout(Duration.ofSeconds(2)).GET().build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server process exited with " + process.exitValue());
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("the server was not ready within " + READY_WITHIN);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Kills the process as {@code kill -9} does and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server process outlived kill -9");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The server process: {@code ServerProcess JDBC_URL}. */
    public static void main(String[] args) {
        HistoryStore store = HistoryStore.open(HistoryDatabase.parse(args[0]));
        CairnServer server = CairnServer.start(new ServerConfig(store, RuleCatalog.empty(), "127.0.0.1", 0,
                ServerConfig.DEFAULT_MAX_UPLOAD_BYTES, Clock.systemUTC(), System.out));
        System.out.println(PORT_LINE + server.port());
        System.out.flush();
    }
}
