package org.thirdsectorhub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureRulesTest {

    private static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.thirdsectorhub");

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .because("a module's web layer is one place, apart from its rules and data")
                .check(HUB);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .because("nothing calls a controller but Spring, so nothing else should be able to")
                .check(HUB);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class)
                .because("constructor injection makes dependencies visible and classes testable without Spring")
                .check(HUB);
    }

    @Test
    void noJpa() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("persistence is JdbcClient: no lazy loading, no hidden queries")
                .check(HUB);
    }

    @Test
    void noStandardStreamsOutsideCommands() {
        noClasses().that().resideOutsideOfPackages("..cli..", "..platform.launcher..").and().doNotImplement(
                        org.thirdsectorhub.shared.cli.HubCommand.class)
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the hub logs through SLF4J; only command-line commands print their answers, and the"
                        + " launcher, which runs before there is a log")
                .check(HUB);
    }

    @Test
    void theLauncherNeedsOnlyTheJdk() {
        classes().that().resideInAPackage("org.thirdsectorhub.platform.launcher..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.springframework.boot.loader..",
                        "org.thirdsectorhub.platform.launcher..")
                .because("the launcher is loaded from the jar's root, where only the JDK and Spring Boot's loader are")
                .check(HUB);
    }

    @Test
    void pureCalculationsHaveNoFrameworkInThem() {
        noClasses().that().resideInAnyPackage("..socialvalue.engine..", "..commissioning.conformance..",
                        "..organisations.definition..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Spring classes other than Modulith's package annotations",
                        type -> type.getPackageName().startsWith("org.springframework")
                                && !type.getPackageName().equals("org.springframework.modulith")))
                .because("the SROI engine, the conformance rules and the Third Sector classifier are unit-tested and "
                        + "benchmarked alone, and other modules reuse them")
                .check(HUB);
    }

    @Test
    void sqlStaysOutOfTheWebLayer() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .because("controllers ask a module's services; they never touch tables")
                .check(HUB);
    }

    @Test
    void moduleInternalsAreNotCalledFromOtherModulesWebLayers() {
        noClasses().that().resideInAPackage("org.thirdsectorhub.audit..")
                .should().dependOnClassesThat().resideInAPackage("org.thirdsectorhub.identity..")
                .because("audit sits below identity: identity records its changes in the audit trail, never the reverse")
                .check(HUB);
    }
}
