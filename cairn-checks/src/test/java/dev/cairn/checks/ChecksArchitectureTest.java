package dev.cairn.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks are pure: no disk, network, processes, environment or clock (ARCHITECTURE.md). */
@AnalyzeClasses(packages = "dev.cairn.checks", importOptions = ImportOption.DoNotIncludeTests.class)
class ChecksArchitectureTest {
    @ArchTest
    static final ArchRule noIo = noClasses().that().resideInAnyPackage("dev.cairn.checks.k8s..", "dev.cairn.checks.image..",
                    "dev.cairn.checks.dockerfile..",
                    "dev.cairn.checks.rbac..", "dev.cairn.checks.network..", "dev.cairn.checks.config..", "dev.cairn.checks.reliability..",
                    "dev.cairn.checks.schema..",
                    "dev.cairn.checks.tool..", "dev.cairn.checks.template..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.io..")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, java.time.Clock.class)
            .because("checks are pure functions of evidence");
}
