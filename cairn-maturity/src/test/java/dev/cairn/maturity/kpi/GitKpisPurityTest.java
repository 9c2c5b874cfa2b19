package dev.cairn.maturity.kpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The git KPI calculators are pure: no disk, network, processes, environment or clock (ARCHITECTURE.md). */
@AnalyzeClasses(packages = "dev.cairn.maturity", importOptions = ImportOption.DoNotIncludeTests.class)
class GitKpisPurityTest {
    @ArchTest
    static final ArchRule noIo = noClasses().that().resideInAnyPackage("dev.cairn.maturity.kpi.dora..",
                    "dev.cairn.maturity.kpi.delivery..", "dev.cairn.maturity.kpi.git..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.io..",
                    "org.eclipse.jgit..", "dev.cairn.ingest..")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, java.time.Clock.class)
            .because("KPI calculators are pure functions of the evidence; the clock is passed in");
}
