package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * TEC-11: cluster, network and IAM are declared as code in version control, with module versions pinned.
 * <ul>
 *   <li>NOT_MET: a Terraform state file is committed (it holds secrets and goes stale), or no infrastructure
 *       code at all: Terraform/OpenTofu, Pulumi, AWS CDK, CloudFormation, Bicep, Ansible playbooks, or
 *       Kubernetes-style infrastructure objects (Crossplane compositions, eksctl {@code ClusterConfig}, Cluster API,
 *       Config Connector, AWS Controllers for Kubernetes);</li>
 *   <li>PARTIAL: Terraform whose remote modules are not pinned (a registry module without {@code version}, a git
 *       module without a {@code ?ref=} tag or commit) or without a committed {@code .terraform.lock.hcl};</li>
 *   <li>MET: infrastructure code with its modules and providers pinned.</li>
 * </ul>
 */
public final class InfrastructureAsCodeEvaluator implements Evaluator {
    static final String[] TERRAFORM = {"*.tf", "*.tofu"};
    static final String[] STATE = {"*.tfstate", "*.tfstate.backup"};
    static final String[] OTHER_IAC = {"Pulumi.yaml", "Pulumi.yml", "cdk.json", "*.bicep", "**/cloudformation/**/*.yaml",
            "**/cloudformation/**/*.yml", "**/cloudformation/**/*.json", "*.cfn.yaml", "*.cfn.yml", "*.cfn.json",
            "playbook*.yml", "playbook*.yaml", "**/playbooks/*.yml", "**/playbooks/*.yaml", "ansible.cfg"};
    /** API groups (by suffix) of infrastructure declared as Kubernetes objects. */
    static final List<String> IAC_GROUPS = List.of("crossplane.io", "upbound.io", "eksctl.io", "cluster.x-k8s.io",
            "cnrm.cloud.google.com", "services.k8s.aws");

    @Override
    public String criterion() {
        return "TEC-11";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<SourcePath> state = evidence.files().matching(STATE);
        if (!state.isEmpty()) {
            return Observation.notMet("Terraform state is committed (" + state.get(0) + "): move it to a remote backend"
                    + " and remove it from git, it holds secrets", state.stream().limit(5)
                    .map(p -> EvidenceItem.file(Location.file(p), "committed Terraform state")).toList());
        }
        List<SourcePath> terraform = evidence.files().matching(TERRAFORM);
        List<SourcePath> other = evidence.files().matching(OTHER_IAC);
        List<ObjectFacts> objects = evidence.manifests().ofType((apiVersion, kind) -> declaresInfrastructure(apiVersion));
        List<EvidenceItem> items = new ArrayList<>();
        terraform.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "Terraform")));
        other.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "infrastructure code")));
        objects.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
        if (terraform.isEmpty() && other.isEmpty() && objects.isEmpty()) {
            return Observation.notMet("no infrastructure code (Terraform, OpenTofu, Pulumi, CDK, Crossplane, ...) found:"
                    + " declare the cluster, network and IAM as code", List.of());
        }
        if (!terraform.isEmpty()) {
            List<TerraformModules.Module> unpinned = TerraformModules.in(evidence.files(), TERRAFORM).stream()
                    .filter(m -> !m.pinned()).toList();
            boolean locked = evidence.files().exists(".terraform.lock.hcl");
            List<EvidenceItem> gaps = new ArrayList<>();
            unpinned.stream().limit(5).forEach(m -> gaps.add(EvidenceItem.file(m.location(), "module " + m.name()
                    + " is not pinned: " + m.source())));
            if (!unpinned.isEmpty()) {
                gaps.addAll(items);
                return Observation.partial(Wording.count(unpinned.size(), "Terraform module") + " not pinned to a version"
                        + " (e.g. " + unpinned.get(0).name() + " from " + unpinned.get(0).source() + "): add version = or ?ref=<tag>", gaps);
            }
            if (!locked) {
                return Observation.partial("Terraform without a committed .terraform.lock.hcl: commit it so provider"
                        + " versions are pinned", items);
            }
        }
        return Observation.met("infrastructure is declared as code" + (terraform.isEmpty() ? "" : " with pinned modules and providers")
                + " (" + firstName(terraform, other, objects) + ")", items);
    }

    static boolean declaresInfrastructure(String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return IAC_GROUPS.stream().anyMatch(g -> group.equals(g) || group.endsWith("." + g));
    }

    private static String firstName(List<SourcePath> terraform, List<SourcePath> other, List<ObjectFacts> objects) {
        if (!terraform.isEmpty()) return Wording.count(terraform.size(), "Terraform file");
        if (!other.isEmpty()) return other.get(0).value();
        return objects.get(0).kind() + " " + objects.get(0).ref().name();
    }
}
