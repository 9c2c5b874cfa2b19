package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-3: the cluster's network layout, firewalling and cloud IAM are designed, ideally as code, with address
 * ranges planned. The answer records who owns them.
 * <ul>
 *   <li>MET: infrastructure code declares network resources (VPC, subnets, firewalls or security groups, or the
 *       well-known network modules) and cloud IAM (roles, policies, service accounts, role assignments, or
 *       workload-identity annotations on ServiceAccounts);</li>
 *   <li>PARTIAL: only one of the two;</li>
 *   <li>UNKNOWN: neither: the design may live in another repository, so the answer decides.</li>
 * </ul>
 * CIDR settings (pod, service, node ranges) are shown as evidence of address planning.
 */
public final class NetworkAndIamDesignEvaluator implements Evaluator {
    static final String[] IAC = {"*.tf", "*.tofu"};
    static final Pattern NETWORK = Pattern.compile("resource\\s+\"(aws_vpc|aws_subnet|aws_security_group|aws_network_acl|"
            + "aws_ec2_transit_gateway|google_compute_network|google_compute_subnetwork|google_compute_firewall|"
            + "google_compute_router_nat|azurerm_virtual_network|azurerm_subnet|azurerm_network_security_group|"
            + "azurerm_firewall)\"|source\\s*=\\s*\"(terraform-aws-modules/vpc/aws|terraform-google-modules/network/google|"
            + "Azure/vnet/azurerm)");
    static final Pattern IAM = Pattern.compile("resource\\s+\"(aws_iam_role|aws_iam_policy|aws_iam_role_policy|"
            + "aws_iam_role_policy_attachment|aws_iam_openid_connect_provider|aws_eks_pod_identity_association|"
            + "google_service_account|google_project_iam_member|google_project_iam_binding|google_service_account_iam_member|"
            + "google_service_account_iam_binding|azurerm_role_assignment|azurerm_user_assigned_identity|"
            + "azurerm_federated_identity_credential)\"|source\\s*=\\s*\"(terraform-aws-modules/iam/aws|"
            + "terraform-google-modules/kubernetes-engine/google//modules/workload-identity)");
    static final Pattern CIDR = Pattern.compile("(?i)\\b\\w*cidr\\w*\\s*=|ip_cidr_range|secondary_ip_range|"
            + "variable\\s+\"\\w*(cidr|ip_range|address_space)\\w*\"");

    @Override
    public String criterion() {
        return "TEC-3";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<TextMatch> network = evidence.files().grep(NETWORK, IAC);
        List<TextMatch> iam = evidence.files().grep(IAM, IAC);
        List<ObjectFacts> identities = evidence.manifests().with(Feature.WORKLOAD_IDENTITY);
        List<TextMatch> cidrs = evidence.files().grep(CIDR, IAC);
        List<EvidenceItem> items = new ArrayList<>();
        network.stream().limit(4).forEach(m -> items.add(EvidenceItem.file(m.location(), "network as code: " + m.text().strip())));
        iam.stream().limit(3).forEach(m -> items.add(EvidenceItem.file(m.location(), "cloud IAM as code: " + m.text().strip())));
        identities.stream().limit(2).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(),
                o.kind() + " " + o.ref().name() + " is tied to a cloud IAM identity")));
        cidrs.stream().limit(1).forEach(m -> items.add(EvidenceItem.file(m.location(), "address range: " + m.text().strip())));
        boolean hasNetwork = !network.isEmpty();
        boolean hasIam = !iam.isEmpty() || !identities.isEmpty();
        String ranges = cidrs.isEmpty() ? "" : ", with address ranges set";
        if (hasNetwork && hasIam) {
            return Observation.met("network and cloud IAM are declared as code" + ranges, items);
        }
        if (hasNetwork) {
            return Observation.partial("network is declared as code" + ranges + ", but no cloud IAM (roles, service"
                    + " accounts, workload identity) is: declare who and what may reach the cluster's cloud", items);
        }
        if (hasIam) {
            return Observation.partial("cloud IAM is declared, but no network layout (VPC, subnets, firewall rules)"
                    + " is found as code: declare the network and its address ranges", items);
        }
        return Observation.unknown("no network or cloud IAM code in this repository: answer TEC-3 if the design"
                + " lives elsewhere");
    }
}
