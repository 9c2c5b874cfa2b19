package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * Two stages with one name ({@code FROM ... AS build} twice, compared case-insensitively as Docker does):
 * BuildKit refuses the Dockerfile, because {@code COPY --from=build} and {@code --target build} could mean
 * either. Each later stage of a taken name is reported at its {@code FROM}.
 */
public final class DuplicateStageNameCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-013", "duplicate-stage-name")
            .title("Two build stages share a name")
            .severity(Severity.MEDIUM)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3024")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_11")
            .equivalent(Peer.TRIVY, "DS-0012")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        Map<String, Stage> first = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.name() == null) {
                continue;
            }
            Stage earlier = first.putIfAbsent(stage.name(), stage);
            if (earlier != null) {
                // By index: the name's pointer (/stages/build/from) would give every stage of the name one fingerprint.
                Location at = new Location(findings.source().path(), stage.from().span(), "/stages/" + stage.index() + "/from", null);
                findings.sink().report(at, null, "stage " + stage.name() + " is named already by the FROM on line "
                        + earlier.from().span().startLine() + ", so the build fails (COPY --from and --target could mean"
                        + " either): give each stage its own name");
            }
        }
    }
}
