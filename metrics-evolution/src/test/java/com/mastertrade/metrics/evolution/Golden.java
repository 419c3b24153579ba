package com.mastertrade.metrics.evolution;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources}. With {@code -Dgolden.refresh=true} a test writes
 * what it produced instead of comparing, for a reviewer to read in the diff.
 */
public final class Golden {
  public static final Path RESOURCES = Path.of("src/test/resources");

  private Golden() {}

  public static String read(Path file) throws IOException {
    return Files.readString(RESOURCES.resolve(file), StandardCharsets.UTF_8);
  }

  public static void assertMatches(Path file, String actual) throws IOException {
    Path path = RESOURCES.resolve(file);
    if (Boolean.getBoolean("golden.refresh")) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, actual, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("golden %s (refresh with -Dgolden.refresh=true)", file)
        .that(actual)
        .isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
  }
}
