/**
 * Readers of CI pipeline files into the {@link dev.cairn.core.ci} model, one per CI system, over the positioned
 * YAML tree of {@link dev.cairn.ingest.yaml.YamlReader} (and a small lexer for Jenkinsfiles). The entry point is
 * {@link dev.cairn.ingest.ci.PipelineReader}; it never throws: what cannot be read becomes a parse problem at
 * the position where the file stops making sense.
 */
package dev.cairn.ingest.ci;
