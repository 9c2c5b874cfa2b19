package dev.cairn.maturity.criteria.technology;

import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CheckBacked;

/**
 * TEC-8: containers run without privileged mode or host access, as non-root where possible (Pod Security
 * Standards Baseline; Restricted is the stretch). Decided by the checks that serve TEC-8 (privileged,
 * privilege escalation, run as non-root, capabilities, host namespaces, hostPath, hostPort, seccomp,
 * Dockerfile USER, ...) as {@link CheckBacked} describes: a high or critical finding is NOT_MET, only lesser
 * findings PARTIAL, none MET; without workloads or Dockerfiles UNKNOWN.
 */
public final class PrivilegeFreeContainersEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-8";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        return CheckBacked.observe(evidence, criterion(),
                "no container runs privileged, with host access or as root",
                "no workloads or Dockerfiles to judge");
    }
}
