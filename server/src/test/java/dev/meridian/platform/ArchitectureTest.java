package dev.meridian.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.meridian.MeridianApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    // Imported once for the class (JUnit makes an instance per test, and each import took ~10 s), from the server's own
    // classes: the pipeline and ml jars under the same root package are not modules of the application.
    private static final com.tngtech.archunit.core.domain.JavaClasses classes =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("dev.meridian")
            .that(com.tngtech.archunit.base.DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("dev.meridian.pipeline..", "dev.meridian.ml..")));

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        // pipeline/ and ml/ are plain-Java libraries under the same root package, not modules of this application.
        ApplicationModules.of(MeridianApplication.class,
                JavaClass.Predicates.resideInAnyPackage("dev.meridian.pipeline..", "dev.meridian.ml..")).verify();
    }

    @Test
    void controllersAreInternalToTheirModule() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic()
                .andShould().resideInAnyPackage("..internal..", "dev.meridian.platform.web..").check(classes);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void domainValuesDoNotDependOnTheWebLayer() {
        noClasses().that().resideInAnyPackage("dev.meridian.issues", "dev.meridian.projects", "dev.meridian.identity")
                .and().areRecords()
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(classes);
    }
}
