package dev.cairn.server;

import dev.cairn.report.RuleCatalog;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A real server on a free loopback port over a real store (through a connection pool, as {@code cairn serve}), with its request log captured, and an HTTP client
 * (java.net.http) to talk to it. Close it after the test.
 */
final class RunningServer implements AutoCloseable {
    /** The server's clock: the portfolio's 30 days and the trends' year end here. */
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    final HistoryDatabase database;
    final HistoryStore store;
    final CairnServer server;
    private final ConnectionPool pool;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RunningServer(HistoryDatabase database, long maxUploadBytes) {
        this(database, ConnectionPool.open(database, 4), maxUploadBytes);
    }

    /** Without a pool, when {@code pool} is null: each call of the store opens the database anew. */
    private RunningServer(HistoryDatabase database, ConnectionPool pool, long maxUploadBytes) {
        this.database = database;
        this.pool = pool;
        this.store = pool != null ? pool.store() : HistoryStore.open(database);
        this.server = CairnServer.start(new ServerConfig(store, RuleCatalog.empty(), "127.0.0.1", 0, maxUploadBytes,
                Clock.fixed(NOW, ZoneOffset.UTC), new PrintStream(log, true, StandardCharsets.UTF_8)));
    }

    RunningServer(HistoryDatabase database) {
        this(database, ServerConfig.DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** A server whose store opens the database at each call, so that a database that goes away fails the next request. */
    static RunningServer unpooled(HistoryDatabase database) {
        return new RunningServer(database, null, ServerConfig.DEFAULT_MAX_UPLOAD_BYTES);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with request headers, the body as the bytes sent. */
    HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String token, HttpRequest.BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String token, String json) throws IOException, InterruptedException {
        return post("/api/scans", token, HttpRequest.BodyPublishers.ofString(json));
    }

    /** The request log so far, one JSON object per line. */
    List<String> logLines() {
        return log.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Override
    public void close() {
        server.close();
        if (pool != null) {
            pool.close();
        }
    }
}
