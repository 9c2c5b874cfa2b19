package dev.cairn.maturity.assess;

import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the criteria evaluators may look at, collected once by the scan (ingest and engine do the
 * IO); immutable, so that evaluators are pure functions of it. Readers derived from it that several
 * evaluators need (the team's documents) are built once and shared ({@link #shared}).
 *
 * @param files       repository paths and the texts of documents, build files and scripts
 * @param pipelines   the CI pipelines, normalised to pipeline, job and step with classified step kinds
 * @param manifests   facts of every Kubernetes object read
 * @param index       the compact object index the cross-object checks use (RBAC, selectors, service accounts)
 * @param checks      check results and findings, with the criteria each check serves
 * @param history     the git history of the assessment window, or null outside git
 * @param kpis        the KPI values of this scan, with their target status
 * @param kpiConfig   the {@code kpis:} section of {@code .cairn.yaml}
 * @param today       the scan date, for windows and recency
 * @param liveCluster what was read from a cluster (live or a snapshot), the evidence of mode L, or null
 * @param readers     the readers built from this evidence so far, one per type
 */
public record AssessmentEvidence(
        RepositoryFiles files, List<Pipeline> pipelines, ManifestFacts manifests, ObjectIndex index, CheckOutcomes checks,
        GitHistory history, List<KpiValue> kpis, KpiConfig kpiConfig, LocalDate today, ClusterSnapshot liveCluster,
        SharedReaders readers) {

    public AssessmentEvidence {
        pipelines = List.copyOf(pipelines);
        kpis = List.copyOf(kpis);
    }

    public AssessmentEvidence(RepositoryFiles files, List<Pipeline> pipelines, ManifestFacts manifests, ObjectIndex index,
            CheckOutcomes checks, GitHistory history, List<KpiValue> kpis, KpiConfig kpiConfig, LocalDate today,
            ClusterSnapshot liveCluster) {
        this(files, pipelines, manifests, index, checks, history, kpis, kpiConfig, today, liveCluster, new SharedReaders());
    }

    /** Evidence without a cluster: mode L criteria stay unknown. */
    public AssessmentEvidence(RepositoryFiles files, List<Pipeline> pipelines, ManifestFacts manifests, ObjectIndex index,
            CheckOutcomes checks, GitHistory history, List<KpiValue> kpis, KpiConfig kpiConfig, LocalDate today) {
        this(files, pipelines, manifests, index, checks, history, kpis, kpiConfig, today, null);
    }

    /** The cluster read for this assessment, when the user gave one. */
    public Optional<ClusterSnapshot> cluster() {
        return Optional.ofNullable(liveCluster);
    }

    public Optional<GitHistory> git() {
        return Optional.ofNullable(history);
    }

    /**
     * The reader of this type, built from this evidence by the first evaluator that asks and shared with the
     * others: evaluators run in parallel, and two dozen of them search the same documents. The reader must be
     * immutable; building it may ask for other shared readers.
     */
    public <T> T shared(Class<T> type, Function<AssessmentEvidence, T> build) {
        return readers.get(type, () -> build.apply(this));
    }
}
