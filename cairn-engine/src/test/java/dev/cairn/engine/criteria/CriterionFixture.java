package dev.cairn.engine.criteria;

import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.ingest.cluster.SnapshotException;
import dev.cairn.ingest.cluster.SnapshotReader;
import dev.cairn.core.model.Outcome;
import dev.cairn.ingest.history.TestRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One criterion fixture: a folder {@code criteria/<ID>/<outcome>-<name>/} that is a small repository whose
 * assessment must give that outcome for that criterion. The folder's prefix names the outcome
 * ({@code met-}, {@code partial-}, {@code not-met-}, {@code unknown-}, {@code na-}). An optional
 * {@code _fixture.yaml} turns the folder into a real git repository and states further expectations:
 * <pre>
 * git:                       # oldest first; the first commit holds the folder's files
 *   - { author: "Ana &lt;ana@acme.io&gt;", date: 2026-10-01, message: "initial import" }
 *   - { author: "Bo &lt;bo@acme.io&gt;", date: 2026-10-05, message: "fix: probes", files: { k8s/app.yaml: "..." } }
 *   - { branch: feature/login, author: "Cy &lt;cy@acme.io&gt;", date: 2026-10-06, message: "add login" }  # on a branch from main
 *   - { merge: feature/login, author: "Bo &lt;bo@acme.io&gt;", date: 2026-10-07, message: "Merge pull request #4 from acme/feature/login" }
 * tags: [ { name: v1.0.0, commit: 1 } ]     # commit index in git:, annotated at that commit's date
 * cluster: _cluster.yaml     # a cluster snapshot in the folder (not copied), scanned as --cluster-snapshot
 * expect:
 *   summary: "text the verdict's summary contains"
 *   evidence: [ "k8s/app.yaml:12", "README.md" ]   # each is the start of some evidence item's location
 *   confidence: observed | attested | observed-and-attested
 *   conflict: "text the conflict contains"         # or false: no conflict
 * </pre>
 */
record CriterionFixture(String criterion, Outcome outcome, Path dir, Map<String, Object> spec) {
    static final String SPEC_FILE = "_fixture.yaml";

    static List<CriterionFixture> all(Path root) throws IOException {
        List<CriterionFixture> out = new ArrayList<>();
        try (Stream<Path> criteria = Files.list(root)) {
            for (Path criterionDir : criteria.sorted().toList()) {
                try (Stream<Path> cases = Files.list(criterionDir)) {
                    for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
                        out.add(of(criterionDir.getFileName().toString(), dir));
                    }
                }
            }
        }
        return out;
    }

    static CriterionFixture of(String criterion, Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Outcome outcome = name.startsWith("not-met-") ? Outcome.NOT_MET
                : name.startsWith("met-") ? Outcome.MET
                : name.startsWith("partial-") ? Outcome.PARTIAL
                : name.startsWith("unknown-") ? Outcome.UNKNOWN
                : name.startsWith("na-") ? Outcome.NOT_APPLICABLE
                : null;
        if (outcome == null) {
            throw new IllegalStateException(dir + ": a fixture folder starts with met-, partial-, not-met-, unknown- or na-");
        }
        Path specFile = dir.resolve(SPEC_FILE);
        Map<String, Object> spec = Map.of();
        if (Files.exists(specFile)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> loaded = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(specFile));
            spec = loaded == null ? Map.of() : loaded;
        }
        return new CriterionFixture(criterion, outcome, dir, spec);
    }

    /** The cluster snapshot the scan reads beside the repository, or null. */
    ClusterSnapshot cluster() throws SnapshotException {
        Object file = spec.get("cluster");
        return file == null ? null : SnapshotReader.read(dir.resolve(file.toString()));
    }

    String name() {
        return criterion + "/" + dir.getFileName();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> expect() {
        return (Map<String, Object>) spec.getOrDefault("expect", Map.of());
    }

    /** Copies the folder (without its spec) to {@code target} and, when the spec has {@code git:}, builds its history. */
    @SuppressWarnings("unchecked")
    void materialise(Path target) throws IOException, GitAPIException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                if (!relative.equals(SPEC_FILE) && !relative.equals(spec.get("cluster"))) {
                    files.put(relative, Files.readString(p));
                }
            }
        }
        List<Map<String, Object>> commits = (List<Map<String, Object>>) spec.getOrDefault("git", List.of());
        if (commits.isEmpty()) {
            files.forEach((path, text) -> write(target.resolve(path), text));
            return;
        }
        List<String> ids = new ArrayList<>();
        Set<String> branches = new HashSet<>();
        try (TestRepo repo = TestRepo.init(target)) {
            for (int i = 0; i < commits.size(); i++) {
                Map<String, Object> c = commits.get(i);
                String message = c.get("message").toString();
                String author = c.get("author").toString();
                Instant when = instant(c.get("date"));
                if (c.containsKey("merge")) {
                    ids.add(repo.merge(c.get("merge").toString(), message, author, when));
                    continue;
                }
                String branch = (String) c.get("branch");
                if (branch != null) {
                    if (branches.add(branch)) {
                        repo.branch(branch, "main");
                    }
                    repo.checkout(branch);
                }
                Map<String, String> changes = new LinkedHashMap<>(i == 0 ? files : Map.of());
                ((Map<String, Object>) c.getOrDefault("files", Map.of()))
                        .forEach((path, text) -> changes.put(path, text == null ? null : text.toString()));
                ids.add(repo.commit(message, author, when, changes));
                if (branch != null) {
                    repo.checkout("main");
                }
            }
            for (Map<String, Object> t : (List<Map<String, Object>>) spec.getOrDefault("tags", List.of())) {
                int index = ((Number) t.get("commit")).intValue();
                repo.tag(t.get("name").toString(), ids.get(index), instant(commits.get(index).get("date")));
            }
        }
    }

    private static Instant instant(Object date) {
        String text = date.toString();
        return text.length() == 10 ? LocalDate.parse(text).atTime(12, 0).toInstant(ZoneOffset.UTC) : Instant.parse(text);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
