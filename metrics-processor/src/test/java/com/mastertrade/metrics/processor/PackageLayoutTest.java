package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor's packages depend one way: the entry point and its steps (this package) on the
 * readers, validators, resolvers and writers; the writers on the resolved schema, the PromQL
 * templates and the output primitives; everything on the model. A package cycle or a dependency
 * pointing up fails the build, and so does a writer that resolves anything itself.
 */
class PackageLayoutTest {
  private static final String ROOT = "com.mastertrade.metrics.processor";
  private static final List<String> WRITERS =
      List.of("codegen", "docs", "dashboards", "alerts", "scrape", "kubernetes", "snapshot");

  /** What completes a schema: the entry point runs them, writers read what they produced. */
  private static final DescribedPredicate<JavaClass> RESOLVERS =
      JavaClass.Predicates.simpleNameEndingWith("Resolver")
          .or(JavaClass.Predicates.simpleName("Resolutions"))
          .or(JavaClass.Predicates.simpleName("Resolution"))
          .or(JavaClass.Predicates.simpleName("SloDashboard"))
          .as("a resolver");

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
        .layer("Resolved schema")
        .definedBy(ROOT + ".resolved..")
        .layer("SLO resolution")
        .definedBy(ROOT + ".slo..")
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
        .whereLayer("Resolved schema")
        .mayOnlyBeAccessedByLayers("Entry point and steps", "Writers")
        .whereLayer("SLO resolution")
        .mayOnlyBeAccessedByLayers("Entry point and steps", "Writers", "Resolved schema")
        .whereLayer("PromQL templates")
        .mayOnlyBeAccessedByLayers(
            "Entry point and steps", "Validation", "SLO resolution", "Writers", "Resolved schema")
        .whereLayer("Output primitives")
        .mayOnlyBeAccessedByLayers("Entry point and steps", "Writers", "Resolved schema")
        .check(PROCESSOR);
  }

  /**
   * Writers render a {@link ResolvedSchema} that is complete before the first of them runs: none
   * resolves a template or an SLO, or composes a derived declaration, on its own.
   */
  @Test
  void writersDependOnTheResolvedSchemaNeverOnAResolver() {
    noClasses()
        .that()
        .resideInAnyPackage(writerPackages())
        .should()
        .dependOnClassesThat(RESOLVERS)
        .check(PROCESSOR);
  }

  /**
   * The resolver rule is not vacuous: the resolvers it names exist and the entry point uses them.
   */
  @Test
  void resolverRuleNamesClassesThatExist() {
    assertThat(PROCESSOR.that(RESOLVERS).stream().map(JavaClass::getSimpleName).toList())
        .containsAtLeast(
            "ExpressionResolver", "Resolutions", "SloResolver", "SloDashboard", "SchemaResolver");
  }

  /** Every writer of a non-Java artifact implements the one interface and is listed to run. */
  @Test
  void artifactWritersImplementTheOneInterface() {
    classes()
        .that()
        .resideInAnyPackage(writerPackages())
        .and()
        .haveSimpleNameEndingWith("Writer")
        .and()
        .arePublic()
        .and()
        .resideOutsideOfPackage(ROOT + ".codegen..")
        .should()
        .implement(ArtifactWriter.class)
        .check(PROCESSOR);
    Set<String> listed =
        PROCESSOR.get(ROOT + ".ArtifactWriters").getConstructorCallsFromSelf().stream()
            .map(call -> call.getTargetOwner().getName())
            .collect(Collectors.toSet());
    assertThat(listed)
        .containsAtLeastElementsIn(
            PROCESSOR.that(JavaClass.Predicates.implement(ArtifactWriter.class)).stream()
                .map(JavaClass::getName)
                .toList());
  }

  private static String[] writerPackages() {
    return WRITERS.stream().map(w -> ROOT + "." + w + "..").toArray(String[]::new);
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
