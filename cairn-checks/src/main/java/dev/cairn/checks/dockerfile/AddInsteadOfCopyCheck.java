package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code ADD} does more than copy: it downloads URLs and unpacks local archives. A download without
 * {@code --checksum} trusts whatever the server returns at build time; for plain files {@code COPY} says
 * what is meant. Local archives (which {@code ADD} unpacks) and git sources are left alone.
 */
public final class AddInsteadOfCopyCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-003", "add-instead-of-copy")
            .title("ADD used for a download without checksum or where COPY would do")
            .severity(Severity.MEDIUM)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3020")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_4")
            .equivalent(Peer.TRIVY, "DS-0005")
            .build();

    private static final Pattern ARCHIVE = Pattern.compile(".*\\.(tar|tar\\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$");
    private static final Pattern GIT = Pattern.compile("(git@.*|.*\\.git(#.*)?)");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction add : stage.all("ADD")) {
                List<String> words = Words.of(add);
                List<String> sources = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
                String url = sources.stream().filter(AddInsteadOfCopyCheck::isUrl)
                        .filter(s -> !GIT.matcher(s).matches()).findFirst().orElse(null);
                if (url != null && add.flag("checksum").isEmpty()) {
                    findings.report(stage, add, "ADD downloads " + url + " without --checksum, trusting whatever the"
                            + " server sends: add --checksum=sha256:... or download and verify in a RUN");
                } else if (url == null && sources.stream().anyMatch(AddInsteadOfCopyCheck::isPlainLocal)) {
                    findings.report(stage, add, "ADD copies local files: use COPY, which does only that");
                }
            }
        }
    }

    private static boolean isUrl(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("git@");
    }

    private static boolean isPlainLocal(String source) {
        return !isUrl(source) && !ARCHIVE.matcher(source.toLowerCase(Locale.ROOT)).matches();
    }
}
