package com.acme.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the catalog API, the health endpoints and the Prometheus metrics on one port.
 *
 * <p>{@code /healthz} answers as soon as the HTTP server runs (liveness, startup);
 * {@code /readyz} only once the catalog is loaded and until shutdown begins (readiness).
 */
public final class ShopApplication {

    private static final Logger log = LoggerFactory.getLogger(ShopApplication.class);

    private final HttpServer server;
    private final PrometheusMeterRegistry registry;
    private final AtomicBoolean ready = new AtomicBoolean(false);

    ShopApplication(int port, Catalog catalog, PrometheusMeterRegistry registry) throws IOException {
        this.registry = registry;
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/healthz", ex -> respond(ex, 200, "text/plain", "ok"));
        server.createContext("/readyz", ex -> {
            if (ready.get()) {
                respond(ex, 200, "text/plain", "ready");
            } else {
                respond(ex, 503, "text/plain", "not ready");
            }
        });
        server.createContext("/metrics",
                ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.createContext("/api/products", ex -> {
            Timer.Sample sample = Timer.start(registry);
            boolean get = "GET".equals(ex.getRequestMethod());
            int status = get ? 200 : 405;
            String body = get ? catalog.toJson() : "{\"error\":\"method not allowed\"}";
            // Recorded before the response is sent, so a scrape right after the response sees it.
            sample.stop(registry.timer("http.server.requests",
                    "uri", "/api/products", "method", ex.getRequestMethod(), "status", Integer.toString(status)));
            respond(ex, status, "application/json", body);
        });
    }

    void start() {
        server.start();
        ready.set(true);
        log.info("shop listening on port {}", port());
    }

    void stop() {
        ready.set(false);
        // Give the ingress controller time to see the pod as not ready before connections close.
        server.stop(5);
        log.info("shop stopped");
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void main(String[] args) throws IOException {
        Catalog catalog = Catalog.demo();

        // "report" is the nightly low-stock report run by k8s/cronjob-report.yaml.
        if (args.length == 1 && "report".equals(args[0])) {
            int threshold = Integer.parseInt(System.getenv().getOrDefault("LOW_STOCK_THRESHOLD", "10"));
            var low = catalog.lowStock(threshold);
            low.forEach(p -> log.warn("low stock: {} ({}) has {} left", p.sku(), p.name(), p.stock()));
            log.info("stock report done: {} of {} products below {}", low.size(), catalog.products().size(), threshold);
            return;
        }

        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);

        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        var app = new ShopApplication(port, catalog, registry);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        app.start();
    }
}
