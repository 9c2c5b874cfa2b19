package dev.cairn.server;

import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * {@code cairn serve}: the dashboard, the REST API, uploads, metrics and health over one history store, on Javalin
 * (embedded Jetty). {@link #start} returns once the server listens; {@link #close} stops it.
 */
public final class CairnServer implements AutoCloseable {
    private final Javalin app;

    private CairnServer(Javalin app) {
        this.app = app;
    }

    public static CairnServer start(ServerConfig config) {
        Metrics metrics = new Metrics(config.store());
        JsonRequestLog requestLog = new JsonRequestLog(config.log(), config.clock());
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jetty.host = config.bind();
            javalin.jetty.port = config.port();
            // Javalin refuses larger bodies itself; UploadController also counts what a chunked request sends
            javalin.http.maxRequestSize = config.maxUploadBytes();
            javalin.http.defaultContentType = "text/plain; charset=utf-8";
            javalin.requestLogger.http((ctx, millis) -> {
                metrics.count(ctx);
                requestLog.log(ctx, millis);
            });
            Routes.register(javalin.routes, config, metrics);
        });
        app.start();
        return new CairnServer(app);
    }

    /** The port the server listens on (the one chosen when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** False when the address is reachable from other machines, where the open reads are open to them too. */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
