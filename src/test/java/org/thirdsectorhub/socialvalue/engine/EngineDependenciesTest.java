package org.thirdsectorhub.socialvalue.engine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.NamedInterface;

/** The engine stays plain Java so commissioning and monitoring can reuse it anywhere. */
class EngineDependenciesTest {

    @Test
    void engineUsesOnlyTheJdkCommonsMathAndTheModulithNamedInterfaceAnnotation() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.thirdsectorhub.socialvalue.engine");

        noClasses().should().dependOnClassesThat(not(
                        resideInAnyPackage("java..", "org.apache.commons.math3..", "org.thirdsectorhub.socialvalue.engine..")
                                .or(type(NamedInterface.class))))
                .check(engine);
    }
}
