package dev.cairn.maturity.criteria.technology;

import dev.cairn.maturity.assess.Evaluator;
import java.util.List;

/** The evaluators of the Technology criteria, in catalog order. */
public final class TechnologyEvaluators {
    private TechnologyEvaluators() {}

    public static List<Evaluator> all() {
        return List.of(
                new KubernetesDeploymentFilesEvaluator(),      // TEC-1
                new ToolingAssessedEvaluator(),                // TEC-2
                new NetworkAndIamDesignEvaluator(),            // TEC-3
                new IdentityProviderAccessEvaluator(),         // TEC-4
                new LeastPrivilegeRbacEvaluator(),             // TEC-5
                new DefinedEntryPointEvaluator(),              // TEC-6
                new ClusterDashboardEvaluator(),               // TEC-7
                new PrivilegeFreeContainersEvaluator(),        // TEC-8
                new DefaultGuardrailsEvaluator(),              // TEC-9
                new StdoutLoggingEvaluator(),                  // TEC-10
                new InfrastructureAsCodeEvaluator(),           // TEC-11
                new ReproducibleEnvironmentsEvaluator(),       // TEC-12
                new OperatingModelEvaluator(),                 // TEC-13
                new ContainerBuildDefinitionEvaluator(),       // TEC-14
                new CiImageBuildEvaluator(),                   // TEC-15
                new RegistryPushEvaluator(),                   // TEC-16
                new TraceableImageTagsEvaluator(),             // TEC-17
                new ResourceRequestsEvaluator(),               // TEC-18
                new HealthProbesEvaluator(),                   // TEC-19
                new ControllerManagedWorkloadsEvaluator(),     // TEC-20
                new KnownChartsAndOperatorsEvaluator(),        // TEC-21
                new SmallFirstAppEvaluator(),                  // TEC-22
                new RuntimeConfigurationEvaluator(),           // TEC-23
                new StatelessProcessesEvaluator(),             // TEC-24
                new HealthAndMetricsEndpointsEvaluator(),      // TEC-25
                new DeclarativeManifestsEvaluator(),           // TEC-26
                new SharedBaseVariantsEvaluator(),             // TEC-27
                new HardenedPipelineEvaluator(),               // TEC-28
                new NoCommittedCredentialsEvaluator(),         // TEC-29
                new NetworkPoliciesEvaluator(),                // TEC-30
                new PostDeploySmokeTestEvaluator(),            // TEC-31
                new PreProductionUatEvaluator(),               // TEC-32
                new DeployedAppHealthEvaluator(),              // TEC-33
                new ContainerisedModelsEvaluator(),            // TEC-34
                new EarlyDesignDecisionsEvaluator());          // TEC-35
    }
}
