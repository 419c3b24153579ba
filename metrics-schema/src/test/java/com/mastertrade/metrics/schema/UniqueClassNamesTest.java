package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two main classes of the toolkit and its services share a simple name, so that a class named in
 * a stack trace, a review or a search is one class. The sample consumers under {@code examples/}
 * are outside projects and keep their own names.
 */
class UniqueClassNamesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyMainClassHasASimpleNameOfItsOwn() throws IOException {
    Map<String, List<String>> byName = new TreeMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files
          .map(ROOT::relativize)
          .filter(path -> path.toString().endsWith(".java"))
          .filter(
              path ->
                  path.getNameCount() > 4 && path.subpath(1, 4).toString().equals("src/main/java"))
          .filter(path -> !path.getName(0).toString().equals("examples"))
          .filter(path -> !path.getFileName().toString().equals("package-info.java"))
          .forEach(
              path ->
                  byName
                      .computeIfAbsent(path.getFileName().toString(), name -> new ArrayList<>())
                      .add(path.toString()));
    }
    assertWithMessage("main classes found").that(byName.size()).isGreaterThan(100);
    Map<String, List<String>> twice = new TreeMap<>();
    byName.forEach(
        (name, paths) -> {
          if (paths.size() > 1) {
            twice.put(name, paths.stream().sorted().toList());
          }
        });
    assertWithMessage("simple names used by more than one main class").that(twice).isEmpty();
  }
}
