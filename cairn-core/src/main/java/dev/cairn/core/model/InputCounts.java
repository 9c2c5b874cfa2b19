package dev.cairn.core.model;

/** What the scan read, for the one-line summary. */
public record InputCounts(
        int files, int yamlDocuments, int objects, int kustomizations, int helmCharts,
        int dockerfiles, int pipelines) {}
