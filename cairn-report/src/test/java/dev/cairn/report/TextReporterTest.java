package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {
    private static final TerminalStyle UNICODE_ONLY = new TerminalStyle(false, true);

    @Test
    void smallReportInPlainStyle() {
        assertThat(Reports.render(new TextReporter(TerminalStyle.PLAIN), Reports.small())).isEqualTo("""
                cairn 0.1.0 - examples/shop @ 3f2c1ab - 14 files, 23 objects, 1 Dockerfile, 1 pipeline - 0.4 s

                Notes  2: 1 skipped-large-file, 1 not-an-object (each listed by --format json)

                Findings  1 high - 1 medium - 1 low  (1 suppressed)
                  HIGH     deploy/base/deployment.yaml:21:11  K8S-003 run-as-non-root
                           container "web" may run as root: set securityContext.runAsNonRoot: true
                  MEDIUM   deploy/base/deployment.yaml:24:11  K8S-012 resource-limits
                           container "web" has no memory limit
                  LOW      Dockerfile:1:1  DKR-001 pinned-base-image
                           base image node:latest is not pinned to a digest

                Check errors  1
                  ERROR    K8S-020 pdb-coverage
                           index lookup failed: NullPointerException

                3 findings (1 suppressed) - checks: 1 pass, 3 fail, 1 n/a, 1 error, 1 suppressed
                """);
    }

    @Test
    void fullReportShowsLevelOneNextStepsAndKpis() {
        assertThat(Reports.render(new TextReporter(TerminalStyle.PLAIN), Reports.full())).isEqualTo("""
                cairn 0.1.0 - examples/shop @ 3f2c1ab - 14 files, 23 objects, 1 Dockerfile, 1 pipeline - 0.4 s

                Level 1 (Build) - where you stand
                  Technology         in progress            ########....   67   coverage 1.00
                  Business outcomes  insufficient evidence                  -   coverage 0.25

                Next steps
                  1. TEC-8  Containers may run as root
                            deploy/base/deployment.yaml:21:11  (K8S-003 run-as-non-root)
                  2. POL-6  No SLO defined for the service
                            add an OpenSLO file: cairn checks explain POL-6

                Level 2 preview
                  Process            Progressive delivery

                Notes  2: 1 skipped-large-file, 1 not-an-object (each listed by --format json)

                Findings  1 high - 1 medium - 1 low  (1 suppressed)
                  HIGH     deploy/base/deployment.yaml:21:11  K8S-003 run-as-non-root
                           container "web" may run as root: set securityContext.runAsNonRoot: true
                  MEDIUM   deploy/base/deployment.yaml:24:11  K8S-012 resource-limits
                           container "web" has no memory limit
                  LOW      Dockerfile:1:1  DKR-001 pinned-base-image
                           base image node:latest is not pinned to a digest

                Check errors  1
                  ERROR    K8S-020 pdb-coverage
                           index lookup failed: NullPointerException

                KPIs
                  deployment-frequency  1.4 per-week - weekly - target 2 - on-track  (git tags matching v*, 90d)
                    3 tags in the window are not on the default branch

                3 findings (1 suppressed) - checks: 1 pass, 3 fail, 1 n/a, 1 error, 1 suppressed
                """);
    }

    @Test
    void cleanScanOutsideGitSaysSo() {
        ScanReport s = Reports.small();
        Target t = s.target();
        ScanReport clean = new ScanReport(s.schemaVersion(), s.tool(),
                new Target(t.path(), null, null, t.scannedAt(), 1250, t.inputs()), List.of(), List.of(),
                List.of(new CheckResult(CheckId.of("REPO-001"), "codeowners", CheckStatus.PASS, 0, 0, null)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(Reports.render(new TextReporter(TerminalStyle.PLAIN), clean)).isEqualTo("""
                cairn 0.1.0 - examples/shop - 14 files, 23 objects, 1 Dockerfile, 1 pipeline - 1.3 s

                Findings  none

                0 findings - checks: 1 pass, 0 fail, 0 n/a, 0 error
                """);
    }

    @Test
    void plainStyleIsAsciiWithoutEscapes() {
        String text = Reports.render(new TextReporter(TerminalStyle.PLAIN), Reports.full());
        assertThat(text.chars().filter(c -> c > 0x7e && c != '\n' || c < 0x20 && c != '\n').count()).isZero();
    }

    @Test
    void unicodeStyleUsesSymbolsButNoColour() {
        String text = Reports.render(new TextReporter(UNICODE_ONLY), Reports.full());
        assertThat(text)
                .startsWith("cairn 0.1.0 · examples/shop @ 3f2c1ab · 14 files")
                .contains("Level 1 (Build) ─ where you stand")
                .contains("  Technology         in progress            ████████░░░░   67   coverage 1.00")
                .contains("  Business outcomes  insufficient evidence                  —   coverage 0.25")
                .doesNotContain("\u001b");
    }

    @Test
    void colourStyleOnlyAddsEscapeSequences() {
        String coloured = Reports.render(new TextReporter(TerminalStyle.RICH), Reports.full());
        assertThat(coloured)
                .contains("\u001b[31mHIGH    \u001b[0m deploy/base/deployment.yaml:21:11")
                .contains("\u001b[33mMEDIUM  \u001b[0m")
                .contains("\u001b[36mLOW     \u001b[0m")
                .contains("\u001b[31mERROR   \u001b[0m K8S-020")
                .contains("\u001b[1mFindings\u001b[0m");
        // Removing the escapes gives back exactly the colourless rendering: colour never shifts a column.
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", ""))
                .isEqualTo(Reports.render(new TextReporter(UNICODE_ONLY), Reports.full()));
    }

    @Test
    void textFromScannedFilesCannotDriveTheTerminal() {
        Finding hostile = new Finding(CheckId.of("K8S-003"), "run-as-non-root", Reports.RUNS_AS_ROOT.severity(),
                Reports.RUNS_AS_ROOT.aspect(), List.of(), "container \"\u001b[2Jevil\u202e\" may run as root\nline two",
                Reports.WEB_CONTAINER, Reports.WEB, Reports.RUNS_AS_ROOT.fingerprint(), null);
        ScanReport s = Reports.small();
        ScanReport report = new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), List.of(hostile),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        String coloured = Reports.render(new TextReporter(TerminalStyle.RICH), report);
        assertThat(coloured)
                .contains("container \"^[[2Jevil<U+202E>\" may run as root^Jline two\n")
                .doesNotContain("\u001b[2J")
                .doesNotContain("\u202e");
    }

    @Test
    void suppressedFindingsAreCountedNotListed() {
        String text = Reports.render(new TextReporter(TerminalStyle.PLAIN), Reports.small());
        assertThat(text).doesNotContain("K8S-041").doesNotContain("deploy/base/secret.yaml");
    }
}
