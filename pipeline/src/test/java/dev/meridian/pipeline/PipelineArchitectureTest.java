package dev.meridian.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineArchitectureTest {

    private static JavaClasses pipeline;

    @BeforeAll
    static void importTheModulesOwnClasses() {
        // importing the compiled folder, not scanning the class path: the AWS SDK jars make a scan take many seconds
        pipeline = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void neverUsesSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(pipeline);
    }

    @Test
    void hasNoCyclesBetweenItsPackages() {
        slices().matching("dev.meridian.pipeline.(*)..").should().beFreeOfCycles().check(pipeline);
    }

    @Test
    void keepsAwsOutOfTheTransform() {
        noClasses().that().resideInAnyPackage("..anonymize..", "..records..", "..event..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(pipeline);
    }
}
