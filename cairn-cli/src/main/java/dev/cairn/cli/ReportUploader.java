package dev.cairn.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cairn scan --upload URL}: sends the report JSON to a cairn server's {@code POST /api/scans} with the bearer
 * token, and says what the server answered.
 */
final class ReportUploader {
    static final String TOKEN_VARIABLE = "CAIRN_TOKEN";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final String token;

    /** The server did not record the report; the message says why in the server's words. */
    static final class UploadException extends Exception {
        private static final long serialVersionUID = 1L;

        UploadException(String message) {
            super(message);
        }
    }

    private ReportUploader(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    /**
     * @param url       the server ({@code https://cairn.example.com}) or its upload endpoint
     * @param tokenFile a file holding the token, or null for {@value #TOKEN_VARIABLE}
     * @throws IllegalArgumentException when the URL is not http(s) or there is no token, saying what to give
     */
    static ReportUploader of(String url, Path tokenFile, Map<String, String> env) throws IOException {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--upload takes the server's URL, e.g. https://cairn.example.com, not " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("--upload takes the server's http or https URL, e.g. https://cairn.example.com,"
                    + " not " + url);
        }
        if (!uri.getPath().endsWith("/api/scans")) {
            uri = URI.create(uri + "/api/scans");
        }
        String token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip() : env.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--upload needs a token: set " + TOKEN_VARIABLE + " or give"
                    + " --upload-token-file FILE (make one with 'cairn token create --name NAME' where the server's store is)");
        }
        return new ReportUploader(uri, token.strip());
    }

    URI endpoint() {
        return endpoint;
    }

    /** Posts the report; returns the server's address of the scan page. */
    String upload(String reportJson, String configHash) throws IOException, InterruptedException, UploadException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Cairn-Config-Hash", configHash)
                .POST(HttpRequest.BodyPublishers.ofString(reportJson, StandardCharsets.UTF_8))
                .build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = parse(response.body());
        if (response.statusCode() != 201) {
            String why = body != null && body.path("error").isString() ? body.get("error").asString() : "no reason given";
            throw new UploadException("the server answered " + response.statusCode() + ": " + why);
        }
        String page = body == null ? null : body.path("page").asString(null);
        return page == null ? endpoint.toString() : endpoint.resolve(page).toString();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }
}
