package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-10: applications log to stdout/stderr, where {@code kubectl logs} and node agents collect them.
 * <ul>
 *   <li>MET: logging configuration writes to the console (logback {@code ConsoleAppender}, log4j2
 *       {@code Console}) or a Dockerfile links log files to {@code /dev/stdout}, and nothing writes to files;</li>
 *   <li>PARTIAL: console output beside file output;</li>
 *   <li>NOT_MET: only file output: logback file appenders, log4j2 {@code File}/{@code RollingFile} appenders,
 *       Spring Boot {@code logging.file.*}, or an emptyDir or hostPath volume mounted at {@code /var/log} (except
 *       in DaemonSets: node agents mount the node's {@code /var/log} to collect logs, not to write them);</li>
 *   <li>UNKNOWN: no logging configuration (most runtimes log to stdout by default, which files cannot show).</li>
 * </ul>
 * JSON encoders (logstash-logback-encoder, ECS, log4j2 JSON layouts) are named in the summary as a bonus.
 */
public final class StdoutLoggingEvaluator implements Evaluator {
    static final String[] LOGBACK = {"logback*.xml"};
    static final String[] LOG4J = {"log4j2*.xml", "log4j2*.properties", "log4j2*.yaml", "log4j2*.yml", "log4j2*.json"};
    static final String[] SPRING = {"application*.properties", "application*.yml", "application*.yaml"};
    static final Pattern LOGBACK_CONSOLE = Pattern.compile("ch\\.qos\\.logback\\.core\\.ConsoleAppender|"
            + "<include\\s+resource=\"org/springframework/boot/logging/logback/console-appender\\.xml\"");
    static final Pattern LOGBACK_FILE = Pattern.compile("ch\\.qos\\.logback\\.core\\.(rolling\\.Rolling)?FileAppender|"
            + "<include\\s+resource=\"org/springframework/boot/logging/logback/file-appender\\.xml\"");
    static final Pattern LOG4J_CONSOLE = Pattern.compile("<Console\\b|type\\s*[=:]\\s*\"?Console\\b|\"Console\"\\s*:");
    static final Pattern LOG4J_FILE = Pattern.compile("<(Rolling)?(RandomAccess)?File\\b|type\\s*[=:]\\s*\"?(Rolling)?(RandomAccess)?File\\b"
            + "|\"(Rolling)?(RandomAccess)?File\"\\s*:");
    static final Pattern SPRING_FILE = Pattern.compile("^\\s*logging\\.file(\\.name|\\.path)?\\s*[=:]");
    static final Pattern STDOUT_LINK = Pattern.compile("ln\\s+-sf?\\s+/dev/std(out|err)");
    static final Pattern JSON_ENCODER = Pattern.compile("LogstashEncoder|net\\.logstash\\.logback|co\\.elastic\\.logging|EcsEncoder|"
            + "EcsLayout|JsonTemplateLayout|<JsonLayout\\b|StructuredLogEncoder|logging\\.structured\\.format");

    @Override
    public String criterion() {
        return "TEC-10";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        RepositoryFiles files = evidence.files();
        List<TextMatch> console = new ArrayList<>(files.grep(LOGBACK_CONSOLE, LOGBACK));
        console.addAll(files.grep(LOG4J_CONSOLE, LOG4J));
        console.addAll(files.grep(STDOUT_LINK, ContainerBuildFiles.DOCKERFILES));
        List<TextMatch> toFiles = new ArrayList<>(files.grep(LOGBACK_FILE, LOGBACK));
        toFiles.addAll(files.grep(LOG4J_FILE, LOG4J));
        toFiles.addAll(files.grep(SPRING_FILE, SPRING));
        List<ObjectFacts> logVolumes = ManifestFacts.declaredOnce(evidence.manifests().with(Feature.LOG_FILE_VOLUME).stream()
                .filter(o -> !o.kind().equals("DaemonSet")).toList());
        List<TextMatch> json = files.grep(JSON_ENCODER, concat(LOGBACK, LOG4J, SPRING, new String[] {"pom.xml", "build.gradle", "build.gradle.kts"}));

        List<EvidenceItem> items = new ArrayList<>();
        toFiles.stream().limit(4).forEach(m -> items.add(EvidenceItem.file(m.location(), "logs to a file: " + m.text().strip())));
        logVolumes.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(),
                o.kind() + " " + o.ref().name() + " mounts a volume at /var/log for log files")));
        console.stream().limit(3).forEach(m -> items.add(EvidenceItem.file(m.location(), "logs to the console: " + m.text().strip())));
        json.stream().limit(1).forEach(m -> items.add(EvidenceItem.file(m.location(), "structured JSON logs")));
        boolean fileOutput = !toFiles.isEmpty() || !logVolumes.isEmpty();
        String bonus = json.isEmpty() ? "" : ", as JSON";
        if (!console.isEmpty() && !fileOutput) {
            return Observation.met("logs go to the console" + bonus + " (" + console.get(0).path() + ")", items);
        }
        if (!console.isEmpty()) {
            return Observation.partial("logs go to the console but also to files (" + firstFileOutput(toFiles, logVolumes)
                    + "): drop the file output, the platform collects stdout", items);
        }
        if (fileOutput) {
            return Observation.notMet("logs are written to files (" + firstFileOutput(toFiles, logVolumes)
                    + "), which kubectl logs and node agents do not see: log to stdout", items);
        }
        return Observation.unknown("no logging configuration found; most runtimes log to stdout by default");
    }

    private static String firstFileOutput(List<TextMatch> toFiles, List<ObjectFacts> volumes) {
        return !toFiles.isEmpty() ? toFiles.get(0).path() + ":" + toFiles.get(0).line()
                : volumes.get(0).kind() + " " + volumes.get(0).ref().name() + " mounts /var/log";
    }

    private static String[] concat(String[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
