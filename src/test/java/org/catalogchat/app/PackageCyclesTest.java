package org.catalogchat.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The packages under org.catalogchat form layers: no package reaches back to one that depends on it. */
class PackageCyclesTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.catalogchat");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.catalogchat.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }
}
