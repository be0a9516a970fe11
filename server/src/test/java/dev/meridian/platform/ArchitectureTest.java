package dev.meridian.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.meridian.MeridianApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses classes = importServerClasses();

    /**
     * Once for the class (JUnit makes an instance per test), the server's own classes only (the pipeline and ml jars
     * share the root package but are not modules of it), with the library types they use left as stubs: the rules
     * below need only the names of annotations and packages, and resolving the whole classpath took seconds. The
     * module verification imports the classes again, with the default configuration.
     */
    private static JavaClasses importServerClasses() {
        var configuration = ArchConfiguration.get();
        var resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("dev.meridian")
                    .that(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("dev.meridian.pipeline..", "dev.meridian.ml..")));
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

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
