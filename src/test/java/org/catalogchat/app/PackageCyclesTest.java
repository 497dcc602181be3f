package org.catalogchat.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages under org.catalogchat form layers: no import cycles, and no package reaches up to a layer above
 * its own (a retrieval class never imports a web handler, an answerer never throws an HTTP exception).
 */
class PackageCyclesTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.catalogchat");

    /**
     * Bottom to top. A package may import its own layer's siblings (the cycle rule still applies) and any layer
     * below. {@code llm}, {@code eval} and {@code feedback} build on the engine without serving HTTP; {@code web}
     * holds the HTTP server the other front doors plug into, so it sits under them; {@code ops} wraps the server
     * and the engine, and {@code app} wires everything. A new package gets a place here.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("catalog", "vocabulary"),
            List.of("retrieval"),
            List.of("answer"),
            List.of("render"),
            List.of("core"),
            List.of("llm", "eval", "feedback"),
            List.of("web"),
            List.of("openai", "chatops"),
            List.of("ops"),
            List.of("app"));

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.catalogchat.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void noPackageImportsALayerAboveItsOwn() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> above = new ArrayList<>();
            for (List<String> layer : LAYERS.subList(i + 1, LAYERS.size())) above.addAll(packages(layer));
            noClasses().that().resideInAnyPackage(packages(LAYERS.get(i)).toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                    .check(PRODUCTION);
        }
    }

    @Test
    void everyProductionPackageHasALayer() {
        List<String> known = LAYERS.stream().flatMap(List::stream).toList();
        List<String> missing = PRODUCTION.stream()
                .map(c -> c.getPackageName().replaceFirst("^org\\.catalogchat\\.?", "").split("\\.")[0])
                .filter(p -> !known.contains(p)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("packages with no layer in PackageCyclesTest.LAYERS (add them): " + missing);
        }
    }

    private static List<String> packages(List<String> names) {
        return names.stream().map(n -> "org.catalogchat." + n + "..").toList();
    }
}
