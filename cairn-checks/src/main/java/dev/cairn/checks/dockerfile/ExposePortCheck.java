package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code EXPOSE} of a port outside 0 to 65535 (or a range running backwards): Docker refuses the image.
 * Ports are {@code 80}, {@code 80/tcp} or {@code 8000-8010/udp}; a variable is not judged.
 */
public final class ExposePortCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-022", "expose-invalid-port")
            .title("EXPOSE names a port that does not exist")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3011")
            .equivalent(Peer.TRIVY, "DS-0008")
            .build();

    private static final Pattern PORT = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?(?:/[a-zA-Z]+)?");
    private static final int MAX = 65535;

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction expose : stage.all("EXPOSE")) {
                for (String word : Words.of(expose)) {
                    Matcher m = PORT.matcher(word);
                    if (!m.matches()) {
                        continue;
                    }
                    int low = Integer.parseInt(m.group(1));
                    int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
                    if (low > MAX || high > MAX || high < low) {
                        findings.report(stage, expose, "EXPOSE " + word + " is not a port range Docker accepts (ports"
                                + " run from 0 to 65535, a range from low to high), so the build fails: correct it");
                        break;
                    }
                }
            }
        }
    }
}
