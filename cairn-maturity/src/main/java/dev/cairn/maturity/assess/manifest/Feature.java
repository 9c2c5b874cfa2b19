package dev.cairn.maturity.assess.manifest;

/**
 * Facts about one Kubernetes object that criteria ask about and no check reports on its own. Kept as a
 * small set per object, so that the manifests can be judged after their trees are gone.
 */
public enum Feature {
    /** A container takes configuration from a ConfigMap or Secret ({@code envFrom}, {@code valueFrom}). */
    ENV_FROM_CONFIG,
    /** A ConfigMap or Secret is mounted as a volume. */
    CONFIG_VOLUME,
    /** The pod mounts a PersistentVolumeClaim. */
    PERSISTENT_VOLUME,
    /** An emptyDir or hostPath volume is mounted under {@code /var/log}: logs written to files. */
    LOG_FILE_VOLUME,
    /** A container has a {@code preStop} hook. */
    PRE_STOP_HOOK,
    /** The pod sets {@code terminationGracePeriodSeconds}. */
    TERMINATION_GRACE,
    /** A container requests {@code nvidia.com/gpu}. */
    GPU_REQUEST,
    /** The pod names {@code imagePullSecrets}. */
    IMAGE_PULL_SECRETS,
    /** A container's JVM options size the heap from the container limit ({@code MaxRAMPercentage}, {@code -Xmx}). */
    JVM_MEMORY_FLAGS,
    /** A container is configured for OpenTelemetry ({@code OTEL_*} variables). */
    OPENTELEMETRY_ENV,
    /** The pod or object is annotated for Prometheus scraping. */
    PROMETHEUS_SCRAPE,
    /** A ConfigMap labelled {@code grafana_dashboard}: Grafana's sidecar loads it as a dashboard. */
    GRAFANA_DASHBOARD,
    /** A workload-identity annotation ties a ServiceAccount to a cloud IAM role. */
    WORKLOAD_IDENTITY,
    /** Vault agent injection annotations. */
    VAULT_INJECTION,
    /** A Service of type LoadBalancer. */
    LOAD_BALANCER,
    /** An Ingress with a {@code tls} section. */
    INGRESS_TLS,
    /** An Ingress naming its class ({@code ingressClassName}, or the older {@code kubernetes.io/ingress.class} annotation). */
    INGRESS_CLASS,
    /** A container (not an init container) requests CPU or memory ({@code resources.requests}). */
    RESOURCE_REQUESTS,
    /** A container has a readiness or liveness probe. */
    HEALTH_PROBES,
    /** A container has a startup probe. */
    STARTUP_PROBE,
    /** A container sets environment variables ({@code env} or {@code envFrom}). */
    ENV_VARIABLES,
    /** A kubeconfig ({@code kind: Config}) user authenticates through an exec plugin or an auth provider (OIDC). */
    KUBECONFIG_EXEC_AUTH,
    /** A kubeconfig user holds a static credential: a token, a password or a client key. */
    KUBECONFIG_STATIC_CREDENTIAL,
    /** A model served from an OCI artifact ({@code storageUri: oci://...}, as KServe reads it). */
    OCI_MODEL,
    /** A NetworkPolicy whose empty pod selector covers the whole namespace (a default policy). */
    NAMESPACE_WIDE_POLICY,
    /** A Secret holding {@code data} or {@code stringData}. */
    SECRET_DATA,
    /** A SOPS-encrypted document (a top-level {@code sops:} block). */
    SOPS_ENCRYPTED,
    /** The Pod Security Admission {@code enforce} label of a Namespace is baseline or restricted. */
    PSA_ENFORCED,
    /** The Pod Security Admission {@code audit} or {@code warn} label of a Namespace is set. */
    PSA_AUDIT_OR_WARN,
    /** A PrometheusRule records SLO, SLI or error-budget series ({@code record: slo:...}, {@code error_budget}). */
    SLO_RECORDING_RULES,
    /** A container runs the API server with audit logging ({@code --audit-log-path}, {@code --audit-policy-file}). */
    API_SERVER_AUDIT
}
