package dev.cairn.ingest.ci;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.ShellCommands;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.ingest.ci.GroovyLexer.Token;
import dev.cairn.ingest.ci.GroovyLexer.Type;
import dev.cairn.ingest.text.LineIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jenkinsfiles, declarative and scripted, read best effort without a Groovy parser: blocks are followed by
 * their braces, a {@code stage} with steps is a job, {@code sh}/{@code bat}/{@code powershell} steps are scripts
 * placed on their lines, other known steps ({@code junit}, {@code slackSend}, {@code docker.build}, closures
 * such as {@code withCredentials}) are steps that use them. {@code environment} blocks are variables,
 * {@code triggers} and {@code input} are triggers; a Jenkinsfile is otherwise built on every push.
 * Steps in {@code post} outside stages form a job named {@code post}; steps outside any stage, {@code default}.
 */
final class JenkinsfileReader {
    private static final Set<String> SHELLS = Set.of("sh", "bat", "powershell", "pwsh");
    private static final Set<String> SILENT = Set.of("when", "options", "agent", "tools", "parameters", "libraries");
    private static final Set<String> CLOSURE_STEPS = Set.of("withCredentials", "withAWS", "withKubeConfig", "withKubeCredentials",
            "withDockerRegistry", "withSonarQubeEnv", "docker.withRegistry", "sshagent");

    private final SourcePath path;
    private final String text;
    private final LineIndex lines;
    private final SourceLines source;
    private final List<ParseProblem> problems;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Frame> stages = new ArrayList<>();
    private final Frame root = new Frame("", null, 0);
    private final Frame post = new Frame("post", null, -1);
    private final Frame pipelineEnv = new Frame("environment", null, -1);
    private final Map<Frame, Frame> lastStage = new HashMap<>();
    /** Triggers in the order the file declares them. */
    private final List<Trigger> triggers = new ArrayList<>();
    private final boolean mentionsDockerBuild;

    /** A block being read: its header word, its first string argument, and what it collected. */
    private static final class Frame {
        final String name;
        final String argument;
        int start;
        int end;
        final List<StepBuilder> steps = new ArrayList<>();
        final Map<String, String> env = new LinkedHashMap<>();
        final Map<String, Location> envAt = new LinkedHashMap<>();
        /** The stage before this one in the same {@code stages} block, which runs first. */
        Frame previous;
        /** For a closure inside brackets: the statement it sits in, which goes on after it. */
        List<Token> outerStatement;
        int outerDepth;

        Frame(String name, String argument, int start) {
            this.name = name;
            this.argument = argument;
            this.start = start;
        }
    }

    JenkinsfileReader(SourcePath path, SourceLines source, List<ParseProblem> problems) {
        this.path = path;
        this.text = source.text();
        this.lines = LineIndex.of(text);
        this.source = source;
        this.problems = problems;
        this.mentionsDockerBuild = text.contains("docker.build");
    }

    List<Pipeline> read() {
        GroovyLexer lexer = new GroovyLexer(text).lex();
        for (GroovyLexer.Unterminated u : lexer.unterminated()) {
            problems.add(new ParseProblem(point(u.start()), "string opened with " + u.quote() + " is never closed", null));
        }
        walk(lexer.tokens());
        while (!stack.isEmpty()) {
            Frame open = stack.pop();
            problems.add(new ParseProblem(point(open.start), "'{' of " + describe(open) + " is never closed", null));
            close(open, text.length());
        }
        if (text.isBlank()) return List.of();
        PipelineBuilder pipeline = new PipelineBuilder(path, CiSystem.JENKINS, at(firstNonBlank(), lastNonBlank()));
        triggers.forEach(t -> pipeline.trigger(t.event(), t.location(), t.raw()));
        pipeline.defaultTrigger(Trigger.PUSH);
        pipeline.env(pipelineEnv.env, pipelineEnv.envAt);
        List<JobBuilder> jobs = new ArrayList<>();
        if (!root.steps.isEmpty()) jobs.add(job(root, Job.DEFAULT_ID));
        stages.stream().sorted(Comparator.comparingInt(f -> f.start)).forEach(stage -> jobs.add(job(stage, stage.argument)));
        if (!post.steps.isEmpty()) jobs.add(job(post, "post"));
        jobs.forEach(pipeline::job);
        return List.of(pipeline.build());
    }

    private JobBuilder job(Frame frame, String name) {
        Location location = frame.start >= 0 && frame != root ? at(frame.start, frame.end)
                : new Location(path, frame.steps.getFirst().location().span().through(frame.steps.getLast().location().span()),
                        null, null);
        JobBuilder job = new JobBuilder(name == null ? "stage" : name, location).env(frame.env, frame.envAt)
                .stage(frame.name.equals("stage") ? frame.argument : null);
        if (frame.previous != null && stages.contains(frame.previous) && frame.previous.argument != null) {
            job.needs(List.of(frame.previous.argument));
        }
        frame.steps.forEach(job::step);
        return job;
    }

    /**
     * Statements end at line ends outside brackets; a brace opens a block. A closure inside brackets
     * ({@code parallel("a": { sh 'x' })}) is a block too: the statement around it goes on after its brace.
     */
    private void walk(List<Token> tokens) {
        List<Token> statement = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            switch (t.type()) {
                case LPAREN, LBRACKET -> {
                    depth++;
                    statement.add(t);
                }
                case RPAREN, RBRACKET -> {
                    depth = Math.max(0, depth - 1);
                    statement.add(t);
                }
                case LBRACE -> {
                    Frame frame = open(statement, t);
                    if (depth > 0) {
                        frame.outerStatement = statement;
                        frame.outerDepth = depth;
                    }
                    statement = new ArrayList<>();
                    depth = 0;
                }
                case RBRACE -> {
                    statement(statement);
                    statement = new ArrayList<>();
                    depth = 0;
                    if (stack.isEmpty()) {
                        problems.add(new ParseProblem(point(t.start()), "'}' closes no block", null));
                    } else {
                        Frame closed = stack.pop();
                        close(closed, t.end());
                        if (closed.outerStatement != null) {
                            statement = closed.outerStatement;
                            depth = closed.outerDepth;
                        }
                    }
                }
                case NEWLINE, SEMI -> {
                    if (depth > 0 || continues(statement)) continue;
                    statement(statement);
                    statement = new ArrayList<>();
                }
                default -> statement.add(t);
            }
        }
        statement(statement);
    }

    /** A line that ends in a comma, a colon or an operator goes on. */
    private static boolean continues(List<Token> statement) {
        if (statement.isEmpty()) return false;
        Token last = statement.getLast();
        return last.type() == Type.COMMA || last.type() == Type.COLON
                || last.type() == Type.OTHER && "+=&|?".contains(last.value());
    }

    private Frame open(List<Token> header, Token brace) {
        Token head = header.isEmpty() ? null : header.getFirst();
        String name = head != null && head.type() == Type.WORD ? head.value() : "";
        String argument = header.stream().filter(t -> t.type() == Type.STRING).map(Token::value).findFirst().orElse(null);
        Frame frame = new Frame(name, argument, head == null ? brace.start() : head.start());
        if (CLOSURE_STEPS.contains(name) && inSteps()) {
            target().steps.add(step(header, name, brace.start()));
        }
        if (name.equals("input") && !stack.isEmpty() && stack.peek().name.equals("stage")) {
            triggers.add(new Trigger(Trigger.MANUAL, at(frame.start, brace.end()), "input"));
        }
        if (name.equals("stage") && !stack.isEmpty() && stack.peek().name.equals("stages")) {
            frame.previous = lastStage.put(stack.peek(), frame);
        }
        stack.push(frame);
        return frame;
    }

    /** A closed block hands its steps to the block around it, keeping their order; a stage keeps them as a job. */
    private void close(Frame frame, int end) {
        frame.end = end;
        if (frame.name.equals("post") && stackHasNo("stage")) {
            post.start = frame.start;
            post.end = end;
            post.steps.addAll(frame.steps);
        } else if (frame.name.equals("stage")) {
            if (!frame.steps.isEmpty()) stages.add(frame);
        } else {
            (stack.isEmpty() ? root : stack.peek()).steps.addAll(frame.steps);
        }
        if (!frame.env.isEmpty()) {
            Frame stage = stack.stream().filter(f -> f.name.equals("stage")).findFirst().orElse(pipelineEnv);
            stage.env.putAll(frame.env);
            stage.envAt.putAll(frame.envAt);
        }
    }

    private boolean stackHasNo(String name) {
        return stack.stream().noneMatch(f -> f.name.equals(name));
    }

    private boolean inSteps() {
        return stack.stream().noneMatch(f -> SILENT.contains(f.name) || f.name.equals("environment") || f.name.equals("triggers"));
    }

    /** Where a statement's step goes: the innermost block; closed blocks hand their steps outwards. */
    private Frame target() {
        return stack.isEmpty() ? root : stack.peek();
    }

    private void statement(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.getFirst().type() != Type.WORD) return;
        String head = tokens.getFirst().value();
        Frame frame = stack.peek();
        String context = frame == null ? "" : frame.name;
        if (context.equals("environment")) {
            environment(tokens, frame);
            return;
        }
        if (context.equals("triggers")) {
            trigger(tokens, head);
            return;
        }
        if (!inSteps()) return;
        int end = tokens.getLast().end();
        boolean known = false;
        if (SHELLS.contains(head)) {
            target().steps.add(shell(tokens, head, end));
            return;
        } else if (head.equals("input")) {
            triggers.add(new Trigger(Trigger.MANUAL, at(tokens.getFirst().start(), end), "input"));
        } else if (!StepClassifier.classifyUses(CiSystem.JENKINS, head, Map.of()).isEmpty()) {
            target().steps.add(step(tokens, head, end));
            known = true;
        }
        // docker.build and image.push also sit inside assignments and expressions
        for (int k = known ? 1 : 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.type() != Type.WORD) continue;
            if (t.value().equals("docker.build")) {
                target().steps.add(step(tokens.subList(k, tokens.size()), "docker.build", end));
            } else if (mentionsDockerBuild && t.value().endsWith(".push") && !t.value().startsWith("git")) {
                target().steps.add(step(tokens.subList(k, tokens.size()), "docker.push", end));
            }
        }
    }

    private StepBuilder shell(List<Token> tokens, String head, int end) {
        StepBuilder step = new StepBuilder(CiSystem.JENKINS, at(tokens.getFirst().start(), end));
        Map<String, String> named = named(tokens);
        step.name(named.get("label"));
        Token script = null;
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean namedScript = k >= 2 && tokens.get(k - 1).type() == Type.COLON && tokens.get(k - 2).value().equals("script");
            boolean positional = tokens.get(k - 1).type() != Type.COLON;
            if (t.type() == Type.STRING && (namedScript || positional && script == null)) {
                script = t;
                if (namedScript) break;
            }
        }
        if (script != null) {
            Span holder = span(script.contentStart(), Math.max(script.contentStart(), script.end() - 1));
            List<Command> commands = commands(holder, script.value());
            step.run(script.value(), commands, at(script.start(), script.end()));
        }
        return step;
    }

    private List<Command> commands(Span holder, String script) {
        List<ShellCommands.Line> split = ShellCommands.split(script);
        List<Span> spans = ScriptLocator.locate(source, holder, script, split);
        List<Command> out = new ArrayList<>();
        for (int k = 0; k < split.size(); k++) {
            Span span = spans.get(k) == null ? holder : spans.get(k);
            out.add(new Command(split.get(k).text(), new Location(path, span, null, null),
                    StepClassifier.classifyLine(split.get(k).text())));
        }
        return out;
    }

    private StepBuilder step(List<Token> tokens, String head, int end) {
        Map<String, String> with = named(tokens);
        tokens.stream().skip(1).filter(t -> t.type() == Type.STRING).findFirst()
                .filter(t -> !with.containsValue(t.value())).ifPresent(t -> with.put("value", t.value()));
        StepBuilder step = new StepBuilder(CiSystem.JENKINS, at(tokens.getFirst().start(), end)).uses(head, at(tokens.getFirst().start(),
                tokens.getFirst().end())).with(with, Map.of());
        if (head.equals("docker.build") || head.equals("docker.push")) {
            // the image name or tag decides whether the tag is traceable
            step.kinds(StepClassifier.classifyCommand("docker " + (head.endsWith("build") ? "build -t " : "push ")
                    + with.getOrDefault("value", "")));
        }
        return step;
    }

    /** {@code key: 'value'} arguments. */
    private static Map<String, String> named(List<Token> tokens) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 2; k < tokens.size(); k++) {
            if (tokens.get(k).type() == Type.STRING && tokens.get(k - 1).type() == Type.COLON && tokens.get(k - 2).type() == Type.WORD) {
                out.put(tokens.get(k - 2).value(), tokens.get(k).value());
            }
        }
        return out;
    }

    private void environment(List<Token> tokens, Frame frame) {
        if (tokens.size() < 3 || !tokens.get(1).value().equals("=")) return;
        String name = tokens.getFirst().value();
        int start = tokens.get(2).start();
        int end = tokens.getLast().end();
        frame.env.put(name, text.substring(start, end));
        frame.envAt.put("env." + name, at(tokens.getFirst().start(), end));
    }

    private void trigger(List<Token> tokens, String head) {
        String event = switch (head) {
            case "cron", "parameterizedCron" -> Trigger.SCHEDULE;
            case "pollSCM", "githubPush", "gitlab", "bitbucketPush", "GenericTrigger" -> Trigger.PUSH;
            default -> Trigger.OTHER;
        };
        triggers.add(new Trigger(event, at(tokens.getFirst().start(), tokens.getLast().end()), head));
    }

    private static String describe(Frame frame) {
        if (frame.name.isEmpty()) return "a block";
        return frame.argument == null ? frame.name : frame.name + "('" + frame.argument + "')";
    }

    private Span point(int offset) {
        return Span.point(lines.line(offset), lines.column(offset));
    }

    private Span span(int start, int end) {
        return new Span(lines.line(start), lines.column(start), lines.line(end), lines.column(end));
    }

    private Location at(int start, int end) {
        return new Location(path, span(start, Math.max(start, end)), null, null);
    }

    private int firstNonBlank() {
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }

    private int lastNonBlank() {
        int k = text.length();
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
        return k;
    }
}
