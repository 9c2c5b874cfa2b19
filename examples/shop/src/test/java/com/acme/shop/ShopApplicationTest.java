package com.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopApplicationTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private ShopApplication app;

    @BeforeEach
    void start() throws Exception {
        app = new ShopApplication(0, Catalog.demo(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        app.start();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndReadinessAnswer200() throws Exception {
        assertEquals(200, get("/healthz").statusCode());
        assertEquals(200, get("/readyz").statusCode());
    }

    @Test
    void productsAreServedAsJsonAndCounted() throws Exception {
        var response = get("/api/products");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("[{\"sku\":\"TEA-001\""), response.body());

        String metrics = get("/metrics").body();
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/products\"}"),
                metrics);
    }

    @Test
    void lowStockUsesAStrictThreshold() {
        var catalog = new Catalog(List.of(
                new Catalog.Product("A", "a", 100, 10),
                new Catalog.Product("B", "b", 100, 9)));
        assertEquals(List.of("B"), catalog.lowStock(10).stream().map(Catalog.Product::sku).toList());
    }

    @Test
    void namesAreEscaped() {
        assertEquals("\"say \\\"hi\\\"\\n\"", Catalog.quote("say \"hi\"\n"));
    }
}
