package dev.cairn.ingest.ci;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.yaml.YMap;
import java.util.List;

/** Reads the pipelines of one YAML document of a CI system whose files are YAML. */
interface DocumentReader {
    /**
     * @param root the document's root mapping
     * @return the pipelines it defines (none for a document that is not a pipeline, such as a Drone secret)
     */
    List<Pipeline> read(YamlDoc doc, YMap root);
}
