package com.mastertrade.metrics.processor.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzz test grows with the toolkit: every attribute of every annotation in metrics-annotations
 * has a mutation operator in {@link MutationOperators}, no operator is left for an attribute that
 * is gone, and every annotation is written in at least one seed of {@link SchemaFuzzTest}, so its
 * operators get something to mutate.
 */
class MutationOperatorCoverageTest {
  private static final Path ANNOTATIONS =
      Path.of("../metrics-annotations/src/main/java/com/mastertrade/metrics/annotations");
  private static final String PACKAGE = "com.mastertrade.metrics.annotations.";

  @Test
  void everyAttributeOfEveryToolkitAnnotationHasAMutationOperator() throws Exception {
    Set<String> attributes = attributes();
    assertWithMessage("annotation attributes read from %s", ANNOTATIONS)
        .that(attributes.size())
        .isGreaterThan(50);
    Set<String> missing = new TreeSet<>(attributes);
    missing.removeAll(MutationOperators.OPERATORS.keySet());
    assertWithMessage(
            "attributes without a mutation operator: add one to MutationOperators (and values"
                + " to HostileValues if none of its pools fits)")
        .that(missing)
        .isEmpty();
    Set<String> stale = new TreeSet<>(MutationOperators.OPERATORS.keySet());
    stale.removeAll(attributes);
    assertWithMessage("operators of attributes that no annotation has").that(stale).isEmpty();
  }

  @Test
  void everyToolkitAnnotationIsWrittenInAFuzzSeed() throws Exception {
    Set<String> written = new TreeSet<>();
    for (String seed : SchemaFuzzTest.SEEDS) {
      for (String source : SchemaFuzzTest.read(seed).values()) {
        AnnotationUses.of(source).forEach(use -> written.add(use.annotation()));
      }
    }
    Set<String> unwritten = new TreeSet<>();
    for (Class<?> annotation : annotations()) {
      if (!written.contains(annotation.getSimpleName()) && !isContainer(annotation)) {
        unwritten.add(annotation.getSimpleName());
      }
    }
    assertWithMessage(
            "annotations no fuzz seed uses, so no operator can mutate them: use them in a seed"
                + " schema under src/test/resources/schemas/valid/ and list it in"
                + " SchemaFuzzTest.SEEDS")
        .that(unwritten)
        .isEmpty();
  }

  /** A container of a repeatable annotation, which javac writes for repeated uses. */
  private static boolean isContainer(Class<?> annotation) throws NoSuchMethodException {
    Method[] methods = annotation.getDeclaredMethods();
    if (methods.length == 0 || !methods[0].getReturnType().isArray()) {
      return false;
    }
    Class<?> element = annotation.getMethod("value").getReturnType().getComponentType();
    java.lang.annotation.Repeatable repeatable =
        element.getAnnotation(java.lang.annotation.Repeatable.class);
    return repeatable != null && repeatable.value() == annotation;
  }

  private static Set<String> attributes() throws Exception {
    Set<String> attributes = new TreeSet<>();
    for (Class<?> annotation : annotations()) {
      for (Method method : annotation.getDeclaredMethods()) {
        attributes.add(annotation.getSimpleName() + "." + method.getName());
      }
    }
    return attributes;
  }

  private static List<Class<?>> annotations() throws IOException, ClassNotFoundException {
    List<Class<?>> annotations = new ArrayList<>();
    try (Stream<Path> files = Files.list(ANNOTATIONS)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".java") || name.equals("package-info.java")) {
          continue;
        }
        Class<?> type = Class.forName(PACKAGE + name.substring(0, name.length() - ".java".length()));
        if (type.isAnnotation()) {
          annotations.add(type);
        }
      }
    }
    return annotations;
  }
}
