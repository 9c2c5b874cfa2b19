package dev.cairn.engine.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a large, realistic repository with {@code git fast-import}: a Java service with Kubernetes, Helm,
 * kustomize, Terraform and CI files; 40 people and two bots; feature branches merged with merge commits;
 * Conventional Commit subjects; an annotated release tag about every 200 commits with the prod overlay's
 * {@code newTag} bumped; now and then a revert (standard message) and a hotfix branch with a patch release.
 * Deterministic for a given size and seed.
 */
public final class GitRepoGenerator {
    static final long START = 1_640_995_200L; // 2022-01-01T00:00:00Z
    static final int STEP = 900;               // seconds between commits on average

    private final Random random;
    private final int commits;
    private final Writer out;
    private final BufferedReader answers;
    private final List<String> files = new ArrayList<>();
    private int mark;
    private int written;
    private long time = START;
    private int mainTip;
    private int minor;
    private int patch;
    private int pr = 100;
    private final List<Integer> revertable = new ArrayList<>();

    private GitRepoGenerator(int commits, long seed, Writer out, BufferedReader answers) {
        this.commits = commits;
        this.random = new Random(seed);
        this.out = out;
        this.answers = answers;
        for (int m = 0; m < 40; m++) {
            for (int c = 0; c < 40; c++) files.add("services/api/src/main/java/com/acme/m" + m + "/Class" + c + ".java");
        }
        for (int d = 0; d < 40; d++) files.add("docs/guide/page" + d + ".md");
        for (String f : List.of("k8s/base/deployment.yaml", "k8s/base/service.yaml", "k8s/base/ingress.yaml",
                "charts/api/values.yaml", "charts/api/templates/deployment.yaml", "terraform/main.tf", "terraform/vpc.tf",
                ".github/workflows/ci.yml", ".github/workflows/release.yml", "Dockerfile", "deploy/overlays/staging/kustomization.yaml")) {
            files.add(f);
        }
    }

    /** Creates {@code dir} as a repository with about {@code commits} commits on {@code main}. Returns the last commit time. */
    public static long generate(Path dir, int commits, long seed) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        run(dir, "git", "init", "-q", "-b", "main", ".");
        Process p = new ProcessBuilder("git", "fast-import", "--quiet", "--done")
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
             BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            GitRepoGenerator g = new GitRepoGenerator(commits, seed, w, r);
            g.all();
            w.write("done\n");
            w.flush();
            p.getOutputStream().close();
            if (p.waitFor() != 0) throw new IOException("git fast-import failed");
            // the merged topic branches are gone, as after a pull request merge
            run(dir, "sh", "-c", "git for-each-ref --format='delete %(refname)' refs/heads/feature refs/heads/hotfix"
                    + " | git update-ref --stdin");
            run(dir, "git", "gc", "-q"); // packed as a real repository is
            return g.time;
        }
    }

    /** Adds one ordinary commit on main (the rescan case). */
    public static void addCommit(Path dir, long when) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "fast-import", "--quiet", "--done")
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            String data = "change at " + when + "\n";
            String message = "feat: one more thing\n";
            w.write("commit refs/heads/main\ncommitter Ana Lima <ana@acme.io> " + when + " +0000\n"
                    + "data " + message.length() + "\n" + message + "from refs/heads/main^0\n"
                    + "M 100644 inline services/api/src/main/java/com/acme/m0/Class0.java\ndata "
                    + data.getBytes(StandardCharsets.UTF_8).length + "\n" + data + "\ndone\n");
        }
        if (p.waitFor() != 0) throw new IOException("git fast-import failed");
    }

    private void all() throws IOException {
        // root commit with every file
        int root = commit("refs/heads/main", person(0), "chore: initial import", 0, 0, files);
        mainTip = root;
        tag("v1.0.0", root);
        int sinceRelease = 0;
        while (written < commits) {
            int roll = random.nextInt(100);
            if (roll < 5 && written + 5 < commits) {
                featureBranch();
            } else if (roll < 6 && !revertable.isEmpty()) {
                revert();
            } else {
                int who = random.nextInt(100) < 4 ? -1 - random.nextInt(2) : random.nextInt(40);
                String subject = subject(who);
                mainTip = commit("refs/heads/main", person(who), subject, mainTip, 0, pick(1 + random.nextInt(3)));
                if (random.nextInt(50) == 0) revertable.add(mainTip);
            }
            if (++sinceRelease >= 180 + random.nextInt(40)) {
                sinceRelease = 0;
                release();
                if (random.nextInt(6) == 0) hotfix();
            }
        }
    }

    private void featureBranch() throws IOException {
        String branch = "refs/heads/feature/f" + pr;
        int who = random.nextInt(40);
        int tip = mainTip;
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            tip = commit(branch, person(who), (i == 0 ? "feat: " : "refactor: ") + "work on f" + pr + " step " + i,
                    tip, 0, pick(1 + random.nextInt(3)));
        }
        mainTip = commit("refs/heads/main", person(who), "Merge pull request #" + pr + " from acme/feature/f" + pr,
                mainTip, tip, List.of());
        pr++;
    }

    private void revert() throws IOException {
        int target = revertable.remove(revertable.size() - 1);
        String sha = sha(target);
        mainTip = commit("refs/heads/main", person(random.nextInt(40)),
                "Revert \"an earlier change\"\n\nThis reverts commit " + sha + ".", mainTip, 0, pick(1));
    }

    private void release() throws IOException {
        minor++;
        patch = 0;
        mainTip = commit("refs/heads/main", person(random.nextInt(40)), "chore(release): v1." + minor + ".0", mainTip, 0,
                List.of("deploy/overlays/prod/kustomization.yaml"));
        tag("v1." + minor + ".0", mainTip);
    }

    private void hotfix() throws IOException {
        time += 3600;
        String branch = "refs/heads/hotfix/h" + minor;
        int fix = commit(branch, person(random.nextInt(40)), "fix: urgent problem in 1." + minor, mainTip, 0, pick(1));
        mainTip = commit("refs/heads/main", person(random.nextInt(40)), "Merge branch 'hotfix/h" + minor + "'", mainTip, fix, List.of());
        patch++;
        mainTip = commit("refs/heads/main", person(random.nextInt(40)), "chore(release): v1." + minor + "." + patch, mainTip, 0,
                List.of("deploy/overlays/prod/kustomization.yaml"));
        tag("v1." + minor + "." + patch, mainTip);
    }

    private int commit(String ref, String who, String message, int from, int merge, List<String> changed) throws IOException {
        time += 1 + random.nextInt(2 * STEP);
        int m = ++mark;
        written++;
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        b.append("commit ").append(ref).append('\n').append("mark :").append(m).append('\n')
                .append("author ").append(who).append(' ').append(time - random.nextInt(3 * 86400)).append(" +0000\n")
                .append("committer ").append(who).append(' ').append(time).append(" +0000\n")
                .append("data ").append(msg.length).append('\n').append(message).append('\n');
        if (from != 0) b.append("from :").append(from).append('\n');
        if (merge != 0) b.append("merge :").append(merge).append('\n');
        for (String f : changed) {
            String content = f.endsWith("kustomization.yaml") && f.contains("prod")
                    ? "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../../k8s/base]\n"
                      + "images:\n  - name: ghcr.io/acme/api\n    newTag: 1." + minor + "." + patch + "\n"
                    : f + " revision " + m + " " + Long.toHexString(random.nextLong()) + "\n";
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            b.append("M 100644 inline ").append(f).append('\n').append("data ").append(data.length).append('\n')
                    .append(content);
        }
        b.append('\n');
        out.write(b.toString());
        return m;
    }

    private void tag(String name, int target) throws IOException {
        String message = "release " + name;
        out.write("tag " + name + "\nfrom :" + target + "\ntagger Release Manager <release@acme.io> " + (time + 600)
                + " +0000\ndata " + message.length() + "\n" + message + "\n");
    }

    private String sha(int m) throws IOException {
        out.write("get-mark :" + m + "\n");
        out.flush();
        return answers.readLine().strip();
    }

    private List<String> pick(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String f = random.nextInt(10) == 0 ? files.get(files.size() - 1 - random.nextInt(11)) : files.get(random.nextInt(files.size()));
            if (!out.contains(f)) out.add(f);
        }
        return out;
    }

    private String subject(int who) {
        if (who < 0) return "chore(deps): bump library-" + random.nextInt(50) + " from 1." + random.nextInt(9) + " to 1." + (9 + random.nextInt(9));
        return switch (random.nextInt(6)) {
            case 0 -> "feat(api): add endpoint " + random.nextInt(1000);
            case 1 -> "fix: handle edge case " + random.nextInt(1000);
            case 2 -> "docs: explain option " + random.nextInt(1000);
            case 3 -> "refactor: simplify module " + random.nextInt(40);
            case 4 -> "test: cover case " + random.nextInt(1000);
            default -> "chore: tidy " + random.nextInt(1000);
        };
    }

    private static String person(int who) {
        if (who == -1) return "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>";
        if (who == -2) return "renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>";
        return "Dev " + who + " <dev" + who + "@acme.io>";
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed");
    }
}
