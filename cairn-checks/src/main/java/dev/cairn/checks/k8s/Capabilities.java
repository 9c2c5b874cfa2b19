package dev.cairn.checks.k8s;

import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reading {@code securityContext.capabilities} the way container runtimes do (case and {@code CAP_} prefix ignored). */
final class Capabilities {
    /** The capabilities the Pod Security Standards Baseline lets a container add (the runtime default set minus NET_RAW). */
    static final Set<String> BASELINE = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL",
            "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private Capabilities() {}

    /** {@code sys_admin} and {@code CAP_SYS_ADMIN} both mean {@code SYS_ADMIN}. */
    static String normalize(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith("CAP_") ? upper.substring(4) : upper;
    }

    static Optional<YEntry> entry(ContainerView container, String list) {
        return container.securityContext().flatMap(sc -> sc.map("capabilities")).flatMap(c -> c.entry(list));
    }

    /** The named items of {@code capabilities.add} or {@code capabilities.drop}. */
    static List<YScalar> items(ContainerView container, String list) {
        List<YScalar> out = new ArrayList<>();
        entry(container, list).flatMap(e -> e.value().asSeq()).ifPresent(seq -> {
            for (YNode item : seq.items()) {
                item.asScalar().filter(s -> !s.isNull() && !s.text().isBlank()).ifPresent(out::add);
            }
        });
        return out;
    }
}
