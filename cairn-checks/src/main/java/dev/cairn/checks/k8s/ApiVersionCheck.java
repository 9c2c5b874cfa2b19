package dev.cairn.checks.k8s;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.k8s.K8sObject;
import java.util.function.Function;

/**
 * Judges an object's parsed {@code apiVersion} (never text in comments) against {@link DeprecatedApis} for the
 * target Kubernetes version of {@link KubeVersionParams}. Subclasses decide which lifecycle stage they report.
 */
abstract class ApiVersionCheck implements ObjectCheck, ParameterizedCheck<KubeVersionParams> {
    private final KubeVersionParams params;
    private final Function<KubeVersionParams, Check> factory;

    ApiVersionCheck(KubeVersionParams params, Function<KubeVersionParams, Check> factory) {
        this.params = params;
        this.factory = factory;
    }

    /** Whether this check reports the entry at the target minor version. */
    abstract boolean reports(DeprecatedApis.Entry entry, int targetMinor);

    abstract String message(K8sObject object, DeprecatedApis.Entry entry, String target);

    @Override
    public final KubeVersionParams params() {
        return params;
    }

    @Override
    public final Check withParams(KubeVersionParams params) {
        return factory.apply(params);
    }

    @Override
    public final boolean appliesTo(K8sObject object) {
        return true;
    }

    @Override
    public final void check(K8sObject object, FindingSink sink) {
        DeprecatedApis.of(object.ref().apiVersion(), object.kind())
                .filter(e -> reports(e, params.targetMinor()))
                .ifPresent(e -> object.root().get("apiVersion").ifPresent(at ->
                        sink.report(at, message(object, e, params.target()))));
    }
}
