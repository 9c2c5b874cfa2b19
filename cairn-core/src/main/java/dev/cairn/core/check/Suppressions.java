package dev.cairn.core.check;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Suppression;
import java.util.Optional;

/** Reads {@code ignore-check.cairn.dev/<id-or-slug>: "<reason>"} annotations. */
public final class Suppressions {
    public static final String ANNOTATION_PREFIX = "ignore-check.cairn.dev/";

    private Suppressions() {}

    /** Whether any of the annotations suppresses a check; asked of every object, so a loop and no stream. */
    public static boolean anyDeclaredIn(java.util.Map<String, String> annotations) {
        for (String key : annotations.keySet()) {
            if (key.startsWith(ANNOTATION_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** The suppression an object declares for a check, by id or slug; the reason may be empty. */
    public static Optional<Suppression> declaredBy(K8sObject object, CheckSpec spec) {
        return declaredBy(object.annotations(), spec);
    }

    /** The same, from annotations already read. */
    public static Optional<Suppression> declaredBy(java.util.Map<String, String> annotations, CheckSpec spec) {
        String reason = annotations.get(ANNOTATION_PREFIX + spec.id().value());
        if (reason == null) {
            reason = annotations.get(ANNOTATION_PREFIX + spec.slug());
        }
        return reason == null ? Optional.empty() : Optional.of(Suppression.annotation(reason.strip()));
    }

    /** The same for an object that is only a summary now, for findings of cross-object checks. */
    public static Optional<Suppression> declaredBy(ObjectSummary object, CheckSpec spec) {
        String reason = object.suppressions().get(spec.id().value());
        if (reason == null) {
            reason = object.suppressions().get(spec.slug());
        }
        return reason == null ? Optional.empty() : Optional.of(Suppression.annotation(reason.strip()));
    }
}
