package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Reads manifest text through the real parser into the resource facts the scanner would collect. */
final class Manifests {
    private Manifests() {}

    static List<ResourceFact> facts(String yaml) {
        FileEvidence evidence = new ManifestReader(YamlLimits.defaults())
                .read(SourcePath.of("deploy/app.yaml"), FileKind.MANIFEST, yaml.getBytes(StandardCharsets.UTF_8));
        if (!evidence.source().problems().isEmpty()) {
            throw new AssertionError("test manifest does not parse: " + evidence.source().problems());
        }
        return evidence.objects().stream().map(ResourceFacts::of).flatMap(Optional::stream).toList();
    }
}
