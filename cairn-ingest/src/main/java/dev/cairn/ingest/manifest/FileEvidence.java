package dev.cairn.ingest.manifest;

import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Note;
import java.util.List;

/** Everything read from one file: its source evidence, the Kubernetes objects in it, and notes. */
public record FileEvidence(SourceEvidence source, List<K8sObject> objects, List<Note> notes) {
    public FileEvidence {
        objects = List.copyOf(objects);
        notes = List.copyOf(notes);
    }
}
