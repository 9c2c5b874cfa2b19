package dev.cairn.ingest.repo;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the repository evidence of the criteria: every discovered path, and the text of the files whose
 * words matter (documents, build files, scripts, application and logging configuration, IaC, pipelines,
 * Dockerfiles, kustomizations and Helm chart and values files, whose image tags and bases are not objects). Texts are capped per file and in total, so a repository of documents cannot exhaust memory;
 * a file that is too large, binary or not UTF-8 is listed without its text.
 */
public final class RepositoryReader {
    static final long MAX_TEXT_BYTES = 256 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    private static final Set<String> TEXT_EXTENSIONS = Set.of(
            "md", "markdown", "adoc", "rst", "txt", "sh", "bash", "ps1", "properties", "toml", "tf", "hcl",
            "gradle", "kts", "puml", "plantuml", "dsl", "rego", "jmx", "bicep", "mk", "tfvars", "cfg", "ini", "env");
    private static final Pattern TEXT_NAMES = Pattern.compile(
            "(?i)(makefile|gnumakefile|taskfile\\.ya?ml|justfile|tiltfile|codeowners|jenkinsfile|pom\\.xml|"
            + "package\\.json|go\\.mod|cargo\\.toml|pyproject\\.toml|requirements[^/]*\\.txt|"
            + "logback[^/]*\\.xml|log4j2?[^/]*\\.(xml|properties|ya?ml|json)|application[^/]*\\.(ya?ml|properties)|"
            + "bootstrap[^/]*\\.(ya?ml|properties)|\\.cairn\\.ya?ml|renovate\\.json5?|\\.renovaterc(\\.json)?|\\.gitignore|\\.dockerignore|"
            + "\\.pre-commit-config\\.ya?ml|dependabot\\.ya?ml|skaffold\\.ya?ml|\\.sops\\.ya?ml|locustfile\\.py|"
            + "[^/]*simulation\\.(scala|java|kt)|\\.lighthouserc\\.json|\\.ko\\.yaml|project\\.toml|cdk\\.json|"
            + "pulumi[^/]*\\.ya?ml|helmfile\\.ya?ml|workspace\\.dsl|[^/]*\\.drawio|\\.mailmap|kind[^/]*\\.ya?ml|"
            + "k3d[^/]*\\.ya?ml|eksctl[^/]*\\.ya?ml|playbook[^/]*\\.ya?ml)");
    /** Load-test scripts (k6) are JavaScript: only those in a load-test folder or named so are read. */
    private static final Pattern LOAD_TEST_SCRIPT = Pattern.compile(
            "(?i)(^|/)([^/]*(k6|load[-_]?tests?|perf(ormance)?[-_]?tests?|stress[-_]?tests?|loadtesting)[^/]*/([^/]+/)*[^/]+"
            + "|[^/]*(k6|load[-_]?test)[^/]*)\\.(js|mjs|ts)$");

    private RepositoryReader() {}

    /** @param files the files the checks read and every other file discovery kept */
    public static RepositoryFiles read(List<DiscoveredFile> files) {
        List<SourcePath> paths = new ArrayList<>(files.size());
        Map<SourcePath, List<String>> texts = new HashMap<>();
        long budget = MAX_TOTAL_BYTES;
        for (DiscoveredFile file : files) {
            paths.add(file.path());
            if (budget <= 0 || !wanted(file)) {
                continue;
            }
            List<String> lines = lines(file);
            if (lines != null) {
                texts.put(file.path(), lines);
                budget -= lines.stream().mapToLong(l -> l.length() + 1L).sum();
            }
        }
        return new RepositoryFiles(paths, texts);
    }

    private static final Set<FileKind> TEXT_KINDS = Set.of(FileKind.DOCKERFILE, FileKind.CI_PIPELINE,
            FileKind.KUSTOMIZATION, FileKind.HELM_CHART, FileKind.HELM_VALUES);

    static boolean wanted(DiscoveredFile file) {
        if (TEXT_KINDS.contains(file.kind())) {
            return true;
        }
        String name = file.path().fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TEXT_EXTENSIONS.contains(extension) || TEXT_NAMES.matcher(name).matches()
                || file.path().value().startsWith("scripts/") || file.path().value().contains("/scripts/")
                || LOAD_TEST_SCRIPT.matcher(file.path().value()).find();
    }

    /** The file's lines, or null when it is too large, unreadable, binary or not UTF-8. */
    private static List<String> lines(DiscoveredFile file) {
        try {
            if (Files.size(file.file()) > MAX_TEXT_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file.file());
            if (SourceText.looksBinary(bytes)) {
                return null;
            }
            DecodedText decoded = SourceText.decode(bytes);
            return decoded.ok() ? decoded.text().lines().toList() : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
