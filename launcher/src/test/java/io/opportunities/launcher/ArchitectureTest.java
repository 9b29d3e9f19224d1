package io.opportunities.launcher;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The boundaries that matter, checked on the compiled production classes of every module. ArchUnit fails a rule
 * whose classes match nothing, so none of these can pass by checking nothing.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.opportunities");
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("io.opportunities.query..")
                .should().dependOnClassesThat().resideInAPackage("io.opportunities.command..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySide() {
        noClasses().that().resideInAPackage("io.opportunities.command..")
                .should().dependOnClassesThat().resideInAPackage("io.opportunities.query..")
                .check(classes);
    }

    @Test
    void theSharedApiUsesNoFrameworkButAxonsRoutingAnnotationsAndEventRevisions() {
        classes().that().resideInAPackage("io.opportunities.api..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "io.opportunities.api..", "java..", "org.axonframework.modelling.command")
                        .or(type(Revision.class)))
                .check(classes);
    }

    @Test
    void thePlatformKnowsNeitherSide() {
        noClasses().that().resideInAPackage("io.opportunities.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.opportunities.command..",
                        "io.opportunities.query..", "io.opportunities.launcher..")
                .check(classes);
    }
}
