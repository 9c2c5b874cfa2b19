package dev.cairn.cli;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.checks.CheckPages;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ComplianceRef;
import dev.cairn.core.check.Equivalent;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.maturity.catalog.Criterion;
import dev.cairn.report.CatalogWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn checks list} and {@code cairn checks explain}: the catalog, and what each check and criterion teaches. */
@Command(name = "checks", mixinStandardHelpOptions = true, description = "The built-in checks.",
        subcommands = {ChecksCommand.ListCommand.class, ChecksCommand.ExplainCommand.class})
public final class ChecksCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: try 'cairn checks list' or 'cairn checks explain K8S-001'");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every check with id, slug, severity and criteria.")
    static final class ListCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text|json")
        String format;

        @Option(names = "--peer", paramLabel = "TOOL", description = "Only the checks that cover rules of another tool,"
                + " listed by that tool's rule id: polaris|kube-linter|kube-score|kubescape|checkov|trivy|hadolint|scorecard")
        String peer;

        @Override
        public Integer call() throws IOException {
            List<CheckSpec> specs = BuiltInChecks.registry().all().stream().map(Check::spec).toList();
            Peer tool = peer == null ? null : peer(peer);
            if (tool != null) {
                specs = specs.stream().filter(s -> s.equivalents().stream().anyMatch(e -> e.peer() == tool)).toList();
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case "text" -> {
                    if (tool == null) {
                        CatalogWriter.text(specs, out);
                    } else {
                        CatalogWriter.peerText(specs, tool, criteriaJudging(tool), out);
                    }
                }
                case "json" -> CatalogWriter.json(specs, out);
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format takes text or json, not '" + format + "'");
            }
            out.flush();
            return ExitCode.OK;
        }

        /** Scorecard's checks judge repository practices: Level 1 criteria judge them, not checks. */
        private static List<CatalogWriter.CriterionRow> criteriaJudging(Peer tool) {
            if (tool != Peer.SCORECARD) {
                return List.of();
            }
            List<CatalogWriter.CriterionRow> rows = new ArrayList<>();
            for (Criterion c : Catalog.level1().criteria()) {
                c.scorecard().forEach(check -> rows.add(new CatalogWriter.CriterionRow(check, c.id(), c.title())));
            }
            return rows;
        }

        private Peer peer(String name) {
            for (Peer p : Peer.values()) {
                if (p.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name.toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "--peer takes polaris, kube-linter, kube-score,"
                    + " kubescape, checkov, trivy, hadolint or scorecard, not '" + name + "'");
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Explain a check (why it matters, how to fix it) or a Level 1 criterion (how cairn assesses it).")
    static final class ExplainCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID|SLUG", description = "a check id or slug, e.g. K8S-003 or run-as-non-root, or a criterion id, e.g. POL-6")
        String idOrSlug;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            // Criterion ids (PEO-, PRC-, POL-, TEC-, BIZ-) never collide with check prefixes or kebab-case slugs.
            Optional<Criterion> criterion = Catalog.level1().criterion(idOrSlug.toUpperCase(Locale.ROOT));
            if (criterion.isPresent()) {
                CriterionExplanation.print(criterion.get(), checksServing(criterion.get()), out);
            } else {
                explainCheck(BuiltInChecks.registry().find(idOrSlug).orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "no check or criterion '" + idOrSlug
                                + "': 'cairn checks list' shows every check, docs/criteria every criterion")), out);
            }
            out.flush();
            return ExitCode.OK;
        }

        /** Each parameter with its default, and where to set it: the page's example shows one use of them. */
        private static void parameters(CheckSpec s, Record defaults, PrintWriter out) {
            out.println();
            out.println("## Parameters");
            out.println();
            out.println("Set under checks.params." + s.slug() + " in .cairn.yaml:");
            for (RecordComponent c : defaults.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(defaults);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                boolean none = value == null || value instanceof Collection<?> list && list.isEmpty();
                out.println("- " + c.getName() + " (default: " + (none ? "none" : value) + ")");
            }
        }

        private static List<CheckSpec> checksServing(Criterion criterion) {
            return BuiltInChecks.registry().all().stream().map(Check::spec)
                    .filter(s -> s.criteria().contains(criterion.id())).toList();
        }

        private static void explainCheck(Check check, PrintWriter out) {
            CheckSpec s = check.spec();
            out.println(s.id() + " " + s.slug() + " · " + s.severity().id() + " · " + s.aspect().title()
                    + (s.criteria().isEmpty() ? "" : " · criteria " + String.join(", ", s.criteria())));
            out.println(s.title());
            out.println();
            out.print(CheckPages.of(check).orElse("(no page)\n"));
            if (check instanceof ParameterizedCheck<?> parameterized) {
                parameters(s, parameterized.params(), out);
            }
            if (!s.compliance().isEmpty()) {
                out.println();
                out.println("## Compliance");
                out.println();
                for (ComplianceRef c : s.compliance()) {
                    out.println("- " + c.framework().title() + " " + c.control() + (c.title() == null ? "" : ": " + c.title()));
                }
            }
            if (!s.equivalents().isEmpty()) {
                out.println();
                out.println("## Equivalents");
                out.println();
                for (Equivalent e : s.equivalents()) {
                    out.println("- " + e.peer().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + e.id());
                }
            }
        }
    }
}
