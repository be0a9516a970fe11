package dev.meridian.ml;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.ml");

    @Test
    void neverDependsOnSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(classes);
    }

    @Test
    void innerPackagesDoNotReachBackIntoTheApiFacadeOrTheRunner() {
        noClasses().that().resideInAnyPackage("dev.meridian.ml.text..", "dev.meridian.ml.learn..",
                        "dev.meridian.ml.duplicates..", "dev.meridian.ml.triage..", "dev.meridian.ml.embedding..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("LocalModel")
                .orShould().dependOnClassesThat().resideInAPackage("dev.meridian.ml.evaluation..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.meridian.ml.(*)..").should().beFreeOfCycles().check(classes);
    }
}
