package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Permissions;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub Actions workflows ({@code .github/workflows/*.yml}): {@code on} in its string, list and map forms,
 * {@code permissions} at both levels, jobs with steps, and jobs that call a reusable workflow. Within a job,
 * a step that tags an image from an earlier step's outputs ({@code steps.meta.outputs.tags}) gets that step's
 * tag kinds, and in workflows a tag push starts, {@code github.ref_name} is a release tag.
 */
final class GitHubActionsReader implements DocumentReader {
    private static final Pattern STEP_OUTPUT = Pattern.compile("steps\\.([A-Za-z_][\\w-]*)\\.outputs");
    private static final Set<String> PUSH_FILTERS = Set.of("branches", "branches-ignore", "paths", "paths-ignore");

    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.GITHUB_ACTIONS, doc.at(root))
                .name(YamlDoc.text(root, "name"));
        Optional<YEntry> on = root.entry("on").or(() -> root.entry("true"));
        if (on.isEmpty()) {
            doc.problem(root, "a workflow needs 'on' to say what starts it");
        } else {
            triggers(doc, on.get(), pipeline);
        }
        root.entry("permissions").ifPresent(e -> pipeline.permissions(permissions(doc, e)));
        root.get("env").ifPresent(env -> pipeline.env(YamlDoc.strings(env), doc.locations("env", env)));
        Optional<YMap> jobs = doc.map(root, "jobs", "'jobs'");
        if (root.get("jobs").isEmpty()) {
            doc.problem(root, "a workflow needs 'jobs'");
        }
        boolean tagRuns = pipeline.triggers().stream().anyMatch(t -> t.event().equals(Trigger.TAG));
        jobs.ifPresent(map -> {
            for (YEntry entry : map.entries()) {
                if (entry.value() instanceof YMap job) {
                    pipeline.job(job(doc, entry.key().text(), entry, job, tagRuns));
                } else {
                    doc.problem(entry.value(), "job '" + entry.key().text() + "' must be a mapping");
                }
            }
        });
        return List.of(pipeline.build());
    }

    private static void triggers(YamlDoc doc, YEntry on, PipelineBuilder pipeline) {
        YNode value = on.value();
        if (value instanceof YScalar s && !s.isNull()) {
            pipeline.trigger(event(s.text()), doc.at(s), s.text());
        } else if (value instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YScalar s && !s.isNull()) pipeline.trigger(event(s.text()), doc.at(s), s.text());
                else doc.problem(item, "an event in 'on' must be a name");
            }
        } else if (value instanceof YMap map) {
            for (YEntry e : map.entries()) {
                String name = e.key().text();
                if (name.equals("push") && e.value() instanceof YMap filters) {
                    push(doc, e, filters, pipeline);
                } else {
                    pipeline.trigger(event(name), doc.at(e), name);
                }
            }
        } else {
            doc.problem(value, "'on' must name events");
        }
    }

    /** A push filtered to tags starts the workflow for releases; with branch filters or none, for pushes too. */
    private static void push(YamlDoc doc, YEntry push, YMap filters, PipelineBuilder pipeline) {
        Optional<YEntry> tags = filters.entry("tags").or(() -> filters.entry("tags-ignore"));
        boolean branches = filters.entries().stream().anyMatch(e -> PUSH_FILTERS.contains(e.key().text()));
        if (tags.isEmpty() || branches) {
            pipeline.trigger(Trigger.PUSH, doc.at(push), "push");
        }
        tags.ifPresent(t -> pipeline.trigger(Trigger.TAG, doc.at(t), "push"));
    }

    static String event(String name) {
        return switch (name) {
            case "push" -> Trigger.PUSH;
            case "pull_request" -> Trigger.PULL_REQUEST;
            case "pull_request_target" -> Trigger.PULL_REQUEST_TARGET;
            case "schedule" -> Trigger.SCHEDULE;
            case "workflow_dispatch" -> Trigger.MANUAL;
            case "release" -> Trigger.TAG;
            default -> Trigger.OTHER;
        };
    }

    static Permissions permissions(YamlDoc doc, YEntry entry) {
        YNode value = entry.value();
        if (value instanceof YScalar s && (s.text().equals(Permissions.READ_ALL) || s.text().equals(Permissions.WRITE_ALL))) {
            return new Permissions(doc.at(entry), Map.of(), s.text());
        }
        if (value instanceof YMap map) {
            Map<String, String> scopes = new LinkedHashMap<>();
            for (YEntry e : map.entries()) {
                String level = YamlDoc.text(e.value());
                if (level == null || !Set.of("read", "write", "none").contains(level)) {
                    doc.problem(e.value(), "permission '" + e.key().text() + "' must be read, write or none");
                } else {
                    scopes.put(e.key().text(), level);
                }
            }
            return new Permissions(doc.at(entry), scopes, null);
        }
        doc.problem(value, "'permissions' must be read-all, write-all or a mapping of scopes");
        return new Permissions(doc.at(entry), Map.of(), null);
    }

    private static JobBuilder job(YamlDoc doc, String id, YEntry entry, YMap map, boolean tagRuns) {
        JobBuilder job = new JobBuilder(id, doc.at(entry)).name(YamlDoc.text(map, "name"))
                .needs(YamlDoc.texts(map, "needs"));
        map.entry("environment").ifPresent(e -> job.environment(e.value() instanceof YMap m
                ? YamlDoc.text(m, "name") : YamlDoc.text(e.value()), doc.at(e)));
        map.entry("permissions").ifPresent(e -> job.permissions(permissions(doc, e)));
        map.get("container").ifPresent(c -> job.image(c instanceof YMap m ? YamlDoc.text(m, "image") : YamlDoc.text(c)));
        map.map("services").ifPresent(services -> job.services(services.entries().stream()
                .map(e -> e.value() instanceof YMap m ? YamlDoc.text(m, "image") : YamlDoc.text(e.value()))
                .filter(image -> image != null).toList()));
        map.get("env").ifPresent(env -> job.env(YamlDoc.strings(env), doc.locations("env", env)));
        Optional<YEntry> uses = map.entry("uses");
        if (uses.isPresent()) {
            // A reusable workflow: the job is one step that delegates; the secrets it passes are that step's env.
            String ref = YamlDoc.text(uses.get().value());
            job.uses(ref, doc.at(uses.get()));
            StepBuilder step = new StepBuilder(CiSystem.GITHUB_ACTIONS, doc.at(entry)).name(YamlDoc.text(map, "name"))
                    .uses(ref, doc.at(uses.get()));
            map.get("with").ifPresent(w -> step.with(YamlDoc.strings(w), doc.locations("with", w)));
            map.get("secrets").filter(s -> s instanceof YMap).ifPresent(s -> step.env(YamlDoc.strings(s), doc.locations("env", s)));
            job.step(step);
        }
        doc.seq(map, "steps", "'steps' of job '" + id + "'").ifPresent(steps -> {
            for (YNode item : steps.items()) {
                if (item instanceof YMap s) job.step(step(doc, s));
                else doc.problem(item, "a step must be a mapping");
            }
        });
        if (uses.isEmpty() && map.get("steps").isEmpty()) {
            doc.problem(map, "job '" + id + "' needs 'steps' or 'uses'");
        }
        withContext(job.steps(), tagRuns);
        return job;
    }

    private static StepBuilder step(YamlDoc doc, YMap map) {
        StepBuilder step = new StepBuilder(CiSystem.GITHUB_ACTIONS, doc.at(map)).name(YamlDoc.text(map, "name"))
                .id(YamlDoc.text(map, "id"));
        map.entry("uses").ifPresent(e -> step.uses(YamlDoc.text(e.value()), doc.at(e)));
        map.entry("run").ifPresent(e -> {
            String run = YamlDoc.text(e.value());
            if (run != null) step.run(run, doc.commands(e.value(), run), doc.at(e));
        });
        map.get("with").ifPresent(w -> step.with(YamlDoc.strings(w), doc.locations("with", w)));
        map.get("env").ifPresent(env -> step.env(YamlDoc.strings(env), doc.locations("env", env)));
        if (map.get("uses").isEmpty() && map.get("run").isEmpty()) {
            doc.problem(map, "a step needs 'uses' or 'run'");
        }
        return step;
    }

    /** Tag kinds a step takes from the steps whose outputs it uses, and from the ref name of a tag push. */
    private static void withContext(List<StepBuilder> steps, boolean tagRuns) {
        Map<String, Set<StepKind>> byId = new HashMap<>();
        for (StepBuilder step : steps) {
            Set<StepKind> kinds = step.kinds();
            StringBuilder b = new StringBuilder();
            step.with().forEach((key, value) -> b.append(key).append(": ").append(value).append('\n'));
            String text = b.append(step.run() == null ? "" : step.run()).toString();
            if (kinds.contains(StepKind.IMAGE_BUILD) || kinds.contains(StepKind.IMAGE_PUSH) || kinds.contains(StepKind.DEPLOY)) {
                Matcher m = STEP_OUTPUT.matcher(text);
                List<StepKind> inherited = new ArrayList<>();
                while (m.find()) {
                    byId.getOrDefault(m.group(1), Set.of()).stream()
                            .filter(k -> k == StepKind.TAG_FROM_SHA || k == StepKind.TAG_FROM_SEMVER).forEach(inherited::add);
                }
                step.kinds(Set.copyOf(inherited));
            }
            if (tagRuns && StepClassifier.tagsFromRefName(text, kinds)) {
                step.kinds(Set.of(StepKind.TAG_FROM_SEMVER));
            }
            if (step.id() != null) byId.put(step.id(), step.kinds());
        }
    }
}
