package com.mastertrade.metrics.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor's packages depend one way: the entry point and its steps (this package) on the
 * readers, validators and writers; the writers on the PromQL templates and the output primitives;
 * everything on the model. A package cycle or a dependency pointing up fails the build.
 */
class PackageLayoutTest {
  private static final String ROOT = "com.mastertrade.metrics.processor";
  private static final List<String> WRITERS =
      List.of("codegen", "docs", "dashboards", "alerts", "scrape", "kubernetes", "snapshot");

  private static final JavaClasses PROCESSOR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /** Every package below the entry point, as one slice each. */
  private static final ArchRule NO_CYCLES =
      slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

  @Test
  void packagesAreFreeOfCycles() {
    NO_CYCLES.check(PROCESSOR);
  }

  @Test
  void dependenciesPointFromTheEntryPointDownToTheModel() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Entry point and steps")
        .definedBy(ROOT)
        .layer("Reading")
        .definedBy(ROOT + ".reading..")
        .layer("Validation")
        .definedBy(ROOT + ".validation..")
        .layer("Writers")
        .definedBy(WRITERS.stream().map(w -> ROOT + "." + w + "..").toArray(String[]::new))
        .layer("PromQL templates")
        .definedBy(ROOT + ".promql..")
        .layer("Output primitives")
        .definedBy(ROOT + ".output..")
        .layer("Model")
        .definedBy(ROOT + ".model..", ROOT + ".declarations..")
        .whereLayer("Entry point and steps")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Reading")
        .mayOnlyBeAccessedByLayers("Entry point and steps")
        .whereLayer("Validation")
        .mayOnlyBeAccessedByLayers("Entry point and steps")
        .whereLayer("Writers")
        .mayOnlyBeAccessedByLayers("Entry point and steps")
        .whereLayer("PromQL templates")
        .mayOnlyBeAccessedByLayers("Entry point and steps", "Validation", "Writers")
        .whereLayer("Output primitives")
        .mayOnlyBeAccessedByLayers("Entry point and steps", "Writers")
        .check(PROCESSOR);
  }

  /** One writer per artifact: what two writers share belongs in the output primitives. */
  @ParameterizedTest
  @ValueSource(
      strings = {"codegen", "docs", "dashboards", "alerts", "scrape", "kubernetes", "snapshot"})
  void writersDoNotDependOnEachOther(String writer) {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "." + writer + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            WRITERS.stream()
                .filter(other -> !other.equals(writer))
                .map(other -> ROOT + "." + other + "..")
                .toArray(String[]::new))
        .check(PROCESSOR);
  }

  /** The cycle rule is not vacuous: two packages of this test that import each other fail it. */
  @Test
  void cycleRuleFailsOnACycle() {
    JavaClasses cyclic = new ClassFileImporter().importPackages(ROOT + ".layoutfixture");
    assertThrows(
        AssertionError.class,
        () ->
            slices()
                .matching(ROOT + ".layoutfixture.(*)..")
                .should()
                .beFreeOfCycles()
                .check(cyclic));
  }
}
