package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-14: the application has a reproducible container build definition.
 * <ul>
 *   <li>MET: a Dockerfile or Containerfile without findings of the Dockerfile checks that
 *       serve TEC-14 at medium severity or above (base image pinned to a tag, not latest; non-root USER;
 *       no curl piped to a shell; ...), or a build-tool image
 *       configuration (Jib, Spring Boot build-image / buildpacks, Quarkus container-image, ko, pack);</li>
 *   <li>PARTIAL: only Dockerfiles that such findings make hard to reproduce;</li>
 *   <li>NOT_MET: neither.</li>
 * </ul>
 */
public final class ContainerBuildDefinitionEvaluator implements Evaluator {
    private static final String[] BUILD_FILES = {"pom.xml", "build.gradle", "build.gradle.kts", "project.toml", ".ko.yaml",
            "application.properties"};
    private static final Pattern BUILD_TOOL_IMAGE = Pattern.compile(
            "jib-maven-plugin|com\\.google\\.cloud\\.tools\\.jib|<goal>build-image</goal>|bootBuildImage|"
            + "quarkus-container-image|quarkus\\.container-image|\\[\\[io\\.buildpacks|defaultBaseImage|builds:");

    @Override
    public String criterion() {
        return "TEC-14";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<SourcePath> dockerfiles = evidence.files().matching(ContainerBuildFiles.DOCKERFILES).stream()
                .filter(p -> evidence.files().text(p).isPresent()).toList();
        List<TextMatch> buildTool = evidence.files().grep(BUILD_TOOL_IMAGE, BUILD_FILES);
        if (!buildTool.isEmpty()) {
            TextMatch m = buildTool.get(0);
            return Observation.met("images are built by the build tool (" + m.text().strip() + ")",
                    List.of(EvidenceItem.file(m.location(), "build-tool image configuration")));
        }
        if (dockerfiles.isEmpty()) {
            return Observation.notMet("no Dockerfile, Containerfile or build-tool image configuration (Jib, buildpacks, ko) found");
        }
        List<EvidenceItem> items = new ArrayList<>();
        dockerfiles.forEach(p -> items.add(EvidenceItem.file(Location.file(p), "container build definition")));
        List<Finding> serious = evidence.checks().countedFindings(criterion()).stream()
                .filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
        if (!serious.isEmpty()) {
            serious.stream().limit(5).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
            return Observation.partial(dockerfiles.size() + " Dockerfile(s), but not reproducible yet: " + serious.get(0).message(), items);
        }
        return Observation.met(dockerfiles.size() == 1 ? dockerfiles.get(0) + " defines the image"
                : dockerfiles.size() + " Dockerfiles define the images", items);
    }
}
