package dev.cairn.checks.network;

import dev.cairn.checks.template.Placeholders;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Ingress or a Gateway API route that sends traffic to a Service its namespace does not have answers
 * those requests with errors (503 from most controllers), usually after the Service was renamed. Judged only
 * when the Ingress's or route's folder holds a Service of its namespace (the app's Services are defined
 * there), since a backend may otherwise be installed from elsewhere (a chart, an operator); the Service
 * itself may be in any folder. One finding per missing name and object, at its first mention; a template
 * placeholder ({@code ${APP}-web}, replaced before anything is applied) is not a name.
 */
public final class BackendServiceCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-069", "backend-service-missing")
            .title("Ingress or route sends traffic to a Service that does not exist")
            .severity(Severity.MEDIUM)
            .criteria("TEC-6")
            .equivalent(Peer.KUBE_LINTER, "dangling-ingress")
            .equivalent(Peer.KUBE_SCORE, "ingress-targets-service")
            .equivalent(Peer.KUBESCAPE, "C-0298")
            .equivalent(Peer.KUBESCAPE, "C-0302")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return routes(index).stream().anyMatch(o -> besideService(o, index));
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        List<ObjectSummary> routes = routes(index);
        if (routes.isEmpty()) {
            return;
        }
        Set<List<String>> services = new HashSet<>();
        for (ObjectSummary s : index.ofKind("Service")) {
            services.add(Arrays.asList(s.namespace(), s.ref().name()));
        }
        for (ObjectSummary o : routes) {
            if (!besideService(o, index)) {
                continue;
            }
            Set<String> reported = new HashSet<>();
            for (ObjectSummary.Backend backend : o.backends()) {
                if (!services.contains(Arrays.asList(o.namespace(), backend.service()))
                        && !Placeholders.isPlaceholder(backend.service()) && reported.add(backend.service())) {
                    sink.report(o, backend.at(), Services.describe(o.ref()) + " sends traffic to Service " + backend.service()
                            + ", which no scanned manifest defines " + Selectors.where(o.namespace(), "objects")
                            + ", so those requests fail: name an existing Service, or add it");
                }
            }
        }
    }

    private static boolean besideService(ObjectSummary o, ObjectIndex index) {
        return index.inFolderOf(o).stream().anyMatch(s -> s.ref().kind().equals("Service"));
    }

    /** Ingresses and routes that name backend Services. */
    private static List<ObjectSummary> routes(ObjectIndex index) {
        return index.objects().stream().filter(o -> !o.backends().isEmpty()).toList();
    }
}
