package dev.cairn.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON schemas of common Kubernetes kinds that the schema checks (K8S-070, K8S-071) validate objects
 * against. They were generated once from the fabric8 model by {@code cairn-schemagen} and ship as resources
 * in {@code dev/cairn/checks/schema/k8s/} (see the README there), so neither fabric8 nor the generator is on
 * the runtime classpath. Resource reading lives here, outside the pure check packages, like {@link CheckPages};
 * the schema checks compile each schema once, on the first object of its kind.
 */
public final class KubernetesSchemas {
    private static final String DIR = "schema/k8s/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KubernetesSchemas() {}

    /** Whether a schema exists for exactly this {@code apiVersion} and {@code kind}. */
    public static boolean covers(String apiVersion, String kind) {
        return Index.FILES.containsKey(key(apiVersion, kind));
    }

    /** The schema document of this {@code apiVersion} and {@code kind}, read anew, or empty when cairn has none. */
    public static Optional<JsonNode> read(String apiVersion, String kind) {
        String file = Index.FILES.get(key(apiVersion, kind));
        return file == null ? Optional.empty() : Optional.of(read(file));
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    private static JsonNode read(String file) {
        try (InputStream in = KubernetesSchemas.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + DIR + file);
            }
            return JSON.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("cannot read schema " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code index.txt}: one {@code apiVersion kind file} line per schema, written by the generator. */
    private static final class Index {
        static final Map<String, String> FILES = load();

        private static Map<String, String> load() {
            Map<String, String> files = new HashMap<>();
            try (InputStream in = KubernetesSchemas.class.getResourceAsStream(DIR + "index.txt")) {
                if (in == null) {
                    return Map.of();
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] f = line.strip().split(" ");
                    if (f.length == 3 && !line.startsWith("#")) {
                        files.put(key(f[0], f[1]), f[2]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the schema index", e);
            }
            return Map.copyOf(files);
        }
    }
}
