package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code curl ... | sh} runs whatever the server sends at build time, unverified and unpinned. Also caught:
 * {@code sh -c "$(curl ...)"}, {@code bash <(wget ...)} and {@code eval "$(curl ...)"}.
 */
public final class CurlPipeShellCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-006", "run-curl-pipe-shell")
            .title("Downloaded script piped into a shell")
            .severity(Severity.MEDIUM)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.SCORECARD, "Pinned-Dependencies")
            .build();

    private static final Set<String> DOWNLOADERS = Set.of("curl", "wget");
    private static final Pattern SUBSTITUTED_DOWNLOAD = Pattern.compile("(\\$\\(|<\\(|`)\\s*(\\S*/)?(curl|wget)\\b.*",
            Pattern.DOTALL);

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction run : stage.all("RUN")) {
                String found = find(RunScript.of(run));
                if (found != null) {
                    findings.report(stage, run, "RUN pipes a download into " + found + ", running unverified code:"
                            + " download to a file, check its sha256 or signature, then run it");
                }
            }
        }
    }

    /** The shell that runs downloaded code, or null. */
    private static String find(List<SimpleCommand> commands) {
        for (int i = 0; i < commands.size(); i++) {
            SimpleCommand c = commands.get(i);
            boolean shellLike = RunScript.SHELLS.contains(c.program()) || c.program().equals("eval")
                    || c.program().equals("source") || c.program().equals(".");
            if (shellLike && c.arguments().stream().anyMatch(a -> SUBSTITUTED_DOWNLOAD.matcher(a).matches())) {
                return c.program();
            }
            if (!DOWNLOADERS.contains(c.program())) {
                continue;
            }
            for (int j = i; j + 1 < commands.size() && commands.get(j).pipedIntoNext(); j++) {
                String next = commands.get(j + 1).program();
                if (RunScript.SHELLS.contains(next)) {
                    return next;
                }
            }
        }
        return null;
    }
}
