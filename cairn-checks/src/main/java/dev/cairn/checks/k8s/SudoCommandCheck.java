package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.regex.Pattern;

/**
 * {@code sudo} in a container's command means the image ships a setuid root helper and the process
 * expects to gain root at run time: the privilege escalation that {@code allowPrivilegeEscalation: false}
 * and non-root users are meant to prevent. Only the manifest's {@code command} and {@code args} are seen.
 */
public final class SudoCommandCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-035", "sudo-in-command")
            .title("Container command runs sudo")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .equivalent(Peer.KUBESCAPE, "C-0062")
            .build();

    /** {@code sudo} as a word of a command line: at the start or after a space or shell operator. */
    private static final Pattern SUDO = Pattern.compile("(^|[\\s;&|(`])sudo(\\s|$)");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        for (String field : new String[] {"command", "args"}) {
            var seq = container.node().seq(field);
            if (seq.isEmpty()) {
                continue;
            }
            for (YNode item : seq.get().items()) {
                String text = item.asScalar().flatMap(YScalar::string).orElse("");
                if (SUDO.matcher(text).find()) {
                    sink.report(item, describe(container) + " runs sudo in its " + field + ": run the process as"
                            + " the user it needs and remove sudo from the image");
                    return;
                }
            }
        }
    }
}
