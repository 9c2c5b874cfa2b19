package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Include;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.Location;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitLab CI ({@code .gitlab-ci.yml} and files under {@code .gitlab/ci/}): jobs are the top-level keys that are
 * neither keywords nor hidden ({@code .template}); a job's keywords come from the job, then the jobs it
 * {@code extends}, then {@code default}, then the old global keywords. Each of {@code before_script},
 * {@code script} and {@code after_script} is a step whose commands are the script's items; {@code script}
 * uses the job's image. {@code artifacts:reports} and {@code coverage} are steps too, as they make GitLab
 * publish test, coverage and scanner reports. Triggers come from {@code workflow:rules} (else GitLab's
 * default: every push) and from jobs' {@code rules}, {@code only} and {@code when: manual}.
 */
final class GitLabCiReader implements DocumentReader {
    private static final Set<String> KEYWORDS = Set.of("image", "services", "stages", "types", "variables", "workflow",
            "include", "default", "before_script", "after_script", "cache", "spec");
    private static final List<String> SCRIPTS = List.of("before_script", "script", "after_script");
    private static final Set<String> DEFAULTABLE = Set.of("image", "services", "before_script", "after_script");
    private static final int MAX_EXTENDS_DEPTH = 11;
    private static final List<String> DEFAULT_STAGES = List.of("build", "test", "deploy");
    private static final Pattern PIPELINE_SOURCE = Pattern.compile("\\$CI_PIPELINE_SOURCE\\s*==\\s*[\"']([a-z_]+)[\"']");
    private static final Pattern COMMIT_TAG = Pattern.compile("\\$\\{?CI_COMMIT_TAG}?(?!\\s*==\\s*null)(?!\\s*==\\s*\"\")");
    private static final Pattern COMMIT_BRANCH = Pattern.compile("\\$\\{?CI_COMMIT_BRANCH}?(?!\\s*==\\s*null)");
    private static final Pattern MERGE_REQUEST = Pattern.compile("\\$\\{?CI_MERGE_REQUEST_IID}?(?!\\s*==\\s*null)");
    private static final Map<String, StepKind> REPORTS = Map.of("junit", StepKind.TEST_REPORT,
            "coverage_report", StepKind.COVERAGE, "cobertura", StepKind.COVERAGE, "sast", StepKind.SAST,
            "dependency_scanning", StepKind.DEPENDENCY_SCAN, "container_scanning", StepKind.VULNERABILITY_SCAN,
            "secret_detection", StepKind.SECRET_SCAN, "cyclonedx", StepKind.SBOM, "codequality", StepKind.STATIC_ANALYSIS);

    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.GITLAB_CI, doc.at(root));
        root.entry("include").ifPresent(e -> includes(doc, e.value(), pipeline));
        root.get("variables").ifPresent(v -> pipeline.env(YamlDoc.strings(v), doc.locations("env", v)));
        Optional<YSeq> workflowRules = root.map("workflow").flatMap(w -> doc.seq(w, "rules", "'workflow:rules'"));
        workflowRules.ifPresent(rules -> rules.items().forEach(rule -> rule(doc, rule, pipeline, true)));
        List<String> stages = root.get("stages").map(YamlDoc::texts).filter(s -> !s.isEmpty()).orElse(DEFAULT_STAGES);
        Map<JobBuilder, Integer> stageOf = new HashMap<>();
        for (YEntry entry : root.entries()) {
            String key = entry.key().text();
            if (KEYWORDS.contains(key) || key.startsWith(".")) continue;
            if (entry.value() instanceof YMap map) {
                Keywords keywords = new Keywords(root, map);
                JobBuilder job = job(doc, keywords, key, entry, map, pipeline);
                if (keywords.get("needs").isEmpty()) stageOf.put(job, stageIndex(stages, job.stage()));
                pipeline.job(job);
            } else {
                doc.problem(entry.value(), "job '" + key + "' must be a mapping");
            }
        }
        // Without 'needs', a job waits for every job of the stages before its own.
        stageOf.forEach((job, stage) -> job.needs(pipeline.jobs().stream()
                .filter(other -> stageIndex(stages, other.stage()) < stage).map(JobBuilder::id).toList()));
        if (workflowRules.isEmpty()) {
            pipeline.defaultTrigger(Trigger.PUSH);
        }
        return List.of(pipeline.build());
    }

    private static void includes(YamlDoc doc, YNode value, PipelineBuilder pipeline) {
        List<YNode> items = value instanceof YSeq seq ? seq.items() : List.of(value);
        for (YNode item : items) {
            String ref = null;
            if (item instanceof YScalar s) {
                ref = s.isNull() ? null : s.text();
            } else if (item instanceof YMap m) {
                ref = YamlDoc.text(m, "template");
                if (ref == null) ref = YamlDoc.text(m, "component");
                if (ref == null) ref = YamlDoc.text(m, "remote");
                if (ref == null) ref = YamlDoc.text(m, "local");
                if (ref == null && m.string("project").isPresent()) {
                    ref = m.string("project").get() + ":" + String.join(",", YamlDoc.texts(m, "file"))
                            + m.string("ref").map(r -> "@" + r).orElse("");
                }
            }
            if (ref == null) {
                doc.problem(item, "an include must name a file, template, component or project");
            } else {
                pipeline.include(new Include(ref, doc.at(item), StepClassifier.classifyInclude(ref)));
            }
        }
    }

    /** A rule's {@code if} names the events it lets through; a rule that only says never lets none. */
    private static void rule(YamlDoc doc, YNode rule, PipelineBuilder pipeline, boolean workflow) {
        if (!(rule instanceof YMap map)) return;
        String when = YamlDoc.text(map, "when");
        if ("never".equals(when)) return;
        String condition = YamlDoc.text(map, "if");
        Location at = doc.at(rule);
        if ("manual".equals(when)) {
            pipeline.trigger(Trigger.MANUAL, at, "when: manual");
        }
        if (condition == null) {
            if (workflow) pipeline.trigger(Trigger.PUSH, at, "rules");
            return;
        }
        Matcher source = PIPELINE_SOURCE.matcher(condition);
        while (source.find()) {
            String event = switch (source.group(1)) {
                case "merge_request_event", "external_pull_request_event" -> Trigger.PULL_REQUEST;
                case "push" -> Trigger.PUSH;
                case "schedule" -> Trigger.SCHEDULE;
                case "web", "api" -> Trigger.MANUAL;
                default -> Trigger.OTHER;
            };
            pipeline.trigger(event, at, condition);
        }
        if (COMMIT_TAG.matcher(condition).find()) pipeline.trigger(Trigger.TAG, at, condition);
        if (COMMIT_BRANCH.matcher(condition).find()) pipeline.trigger(Trigger.PUSH, at, condition);
        if (MERGE_REQUEST.matcher(condition).find()) pipeline.trigger(Trigger.PULL_REQUEST, at, condition);
    }

    private static int stageIndex(List<String> stages, String stage) {
        int index = stages.indexOf(stage);
        if (stage.equals(".pre")) return -1;
        return index >= 0 ? index : stage.equals(".post") ? stages.size() : stages.size() / 2;
    }

    private static JobBuilder job(YamlDoc doc, Keywords keywords, String id, YEntry entry, YMap map, PipelineBuilder pipeline) {
        JobBuilder job = new JobBuilder(id, doc.at(entry))
                .stage(keywords.get("stage").map(e -> YamlDoc.text(e.value())).orElse("test"));
        keywords.get("environment").ifPresent(e -> job.environment(e.value() instanceof YMap m
                ? YamlDoc.text(m, "name") : YamlDoc.text(e.value()), doc.at(e)));
        keywords.get("needs").ifPresent(e -> job.needs(needs(e.value())));
        String image = keywords.get("image").map(e -> e.value() instanceof YMap m ? YamlDoc.text(m, "name")
                : YamlDoc.text(e.value())).orElse(null);
        job.image(image);
        keywords.get("services").ifPresent(e -> job.services(services(e.value())));
        keywords.get("variables").ifPresent(e -> job.env(YamlDoc.strings(e.value()), doc.locations("env", e.value())));
        for (String section : SCRIPTS) {
            keywords.get(section).ifPresent(e -> {
                List<Command> commands = doc.scriptItems(e.value());
                StepBuilder step = new StepBuilder(CiSystem.GITLAB_CI, doc.at(e)).name(section)
                        .run(String.join("\n", YamlDoc.texts(e.value())), commands, doc.at(e));
                if (section.equals("script") && image != null) step.uses(image, null);
                job.step(step);
            });
        }
        // Reports and coverage make GitLab publish results: steps too, in the order the file has them.
        List<StepBuilder> published = new ArrayList<>();
        keywords.get("coverage").ifPresent(e -> published.add(new StepBuilder(CiSystem.GITLAB_CI, doc.at(e)).name("coverage")
                .kinds(Set.of(StepKind.COVERAGE))));
        keywords.get("artifacts").flatMap(e -> e.value().asMap()).flatMap(a -> a.entry("reports")).ifPresent(e -> {
            Set<StepKind> kinds = new HashSet<>();
            e.value().asMap().ifPresent(reports -> reports.entries().forEach(r -> {
                StepKind kind = REPORTS.get(r.key().text());
                if (kind != null) kinds.add(kind);
            }));
            // dotenv and other reports only pass data on
            if (!kinds.isEmpty()) published.add(new StepBuilder(CiSystem.GITLAB_CI, doc.at(e)).name("artifacts:reports").kinds(kinds));
        });
        published.stream().sorted(Comparator.comparing(s -> s.location().span())).forEach(job::step);
        // Without extends the script cannot come from a template defined in an included file.
        if (keywords.get("script").isEmpty() && keywords.get("trigger").isEmpty() && map.get("extends").isEmpty()) {
            doc.problem(map, "job '" + id + "' needs a 'script' (or a 'trigger')");
        }
        jobTriggers(doc, keywords, pipeline);
        return job;
    }

    private static void jobTriggers(YamlDoc doc, Keywords keywords, PipelineBuilder pipeline) {
        keywords.get("rules").flatMap(e -> e.value().asSeq())
                .ifPresent(rules -> rules.items().forEach(r -> rule(doc, r, pipeline, false)));
        keywords.get("when").filter(e -> "manual".equals(YamlDoc.text(e.value())))
                .ifPresent(e -> pipeline.trigger(Trigger.MANUAL, doc.at(e), "when: manual"));
        keywords.get("only").ifPresent(e -> {
            YNode refs = e.value() instanceof YMap m ? m.get("refs").orElse(null) : e.value();
            if (refs == null) return;
            for (YNode item : refs instanceof YSeq seq ? seq.items() : List.of(refs)) {
                String name = YamlDoc.text(item);
                if (name == null) continue;
                String event = switch (name) {
                    case "tags" -> Trigger.TAG;
                    case "merge_requests" -> Trigger.PULL_REQUEST;
                    case "schedules" -> Trigger.SCHEDULE;
                    case "web", "api", "triggers" -> Trigger.MANUAL;
                    case "pushes", "branches" -> Trigger.PUSH;
                    default -> null;
                };
                if (event != null) pipeline.trigger(event, doc.at(item), name);
            }
        });
    }

    private static List<String> needs(YNode value) {
        List<String> out = new ArrayList<>();
        if (value instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                String name = item instanceof YMap m ? YamlDoc.text(m, "job") : YamlDoc.text(item);
                if (name != null) out.add(name);
            }
        }
        return out;
    }

    private static List<String> services(YNode value) {
        List<String> out = new ArrayList<>();
        if (value instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                String name = item instanceof YMap m ? YamlDoc.text(m, "name") : YamlDoc.text(item);
                if (name != null) out.add(name);
            }
        }
        return out;
    }

    /** A job's keyword lookups through {@code extends}, {@code default} and the global keywords. */
    private record Keywords(YMap root, YMap job) {
        Optional<YEntry> get(String key) {
            Optional<YEntry> own = find(job, key, 0, new HashSet<>());
            if (own.isPresent() || !DEFAULTABLE.contains(key)) return own;
            Optional<YEntry> fromDefault = root.map("default").flatMap(d -> d.entry(key));
            return fromDefault.isPresent() ? fromDefault : root.entry(key);
        }

        private Optional<YEntry> find(YMap map, String key, int depth, Set<String> seen) {
            Optional<YEntry> own = map.entry(key);
            if (own.isPresent() || depth == MAX_EXTENDS_DEPTH) return own;
            List<String> parents = new ArrayList<>(YamlDoc.texts(map, "extends"));
            // Later templates win, as in GitLab's merge.
            for (int i = parents.size() - 1; i >= 0; i--) {
                String parent = parents.get(i);
                if (!seen.add(parent)) continue;
                Optional<YMap> template = root.map(parent);
                // A template from an included file is out of sight.
                if (template.isEmpty()) continue;
                Optional<YEntry> inherited = find(template.get(), key, depth + 1, seen);
                if (inherited.isPresent()) return inherited;
            }
            return Optional.empty();
        }
    }
}
