package dev.cairn.cluster;

import java.util.List;
import java.util.Map;

/**
 * Removes what the API server writes for its own bookkeeping, so that the manifest checks judge a live
 * object as they judge its manifest and a snapshot stays small and shareable. Status stays (the
 * cluster-only checks and the live criteria read it; the manifest checks never do), except on
 * CustomResourceDefinitions, which keep only what names them: their schemas run to megabytes.
 */
final class ServerFields {
    private static final List<String> METADATA = List.of("managedFields", "resourceVersion", "uid", "generation",
            "creationTimestamp", "selfLink");
    private static final List<String> ANNOTATIONS = List.of("kubectl.kubernetes.io/last-applied-configuration",
            "deployment.kubernetes.io/revision");

    private ServerFields() {}

    static void strip(Map<String, Object> object) {
        if (map(object.get("metadata")) instanceof Map<String, Object> metadata) {
            METADATA.forEach(metadata::remove);
            if (map(metadata.get("annotations")) instanceof Map<String, Object> annotations) {
                ANNOTATIONS.forEach(annotations::remove);
                if (annotations.isEmpty()) {
                    metadata.remove("annotations");
                }
            }
        }
        if ("CustomResourceDefinition".equals(object.get("kind"))) {
            object.remove("status");
            if (map(object.get("spec")) instanceof Map<String, Object> spec) {
                spec.keySet().retainAll(List.of("group", "names", "scope", "versions"));
                if (spec.get("versions") instanceof List<?> versions) {
                    versions.forEach(v -> {
                        if (map(v) instanceof Map<String, Object> version) {
                            version.keySet().retainAll(List.of("name", "served", "storage", "deprecated"));
                        }
                    });
                }
            }
        }
        podSpecs(object).forEach(ServerFields::deprecatedServiceAccount);
    }

    /**
     * The API writes the deprecated {@code serviceAccount} as a copy of {@code serviceAccountName} into
     * every pod spec it returns; judged as written by the team it would be a finding on every workload.
     */
    private static void deprecatedServiceAccount(Map<String, Object> podSpec) {
        Object name = podSpec.get("serviceAccountName");
        if (name != null && name.equals(podSpec.get("serviceAccount"))) {
            podSpec.remove("serviceAccount");
        }
    }

    private static List<Map<String, Object>> podSpecs(Map<String, Object> object) {
        Map<String, Object> spec = map(object.get("spec"));
        if (spec == null) {
            return List.of();
        }
        if ("Pod".equals(object.get("kind"))) {
            return List.of(spec);
        }
        Map<String, Object> template = map(spec.get("template"));
        Map<String, Object> jobTemplate = map(spec.get("jobTemplate"));
        if (template == null && jobTemplate != null && map(jobTemplate.get("spec")) instanceof Map<String, Object> job) {
            template = map(job.get("template"));
        }
        Map<String, Object> podSpec = template == null ? null : map(template.get("spec"));
        return podSpec == null ? List.of() : List.of(podSpec);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
