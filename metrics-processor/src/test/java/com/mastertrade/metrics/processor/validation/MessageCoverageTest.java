package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic has a negative test: a new {@link Message} without one fails the build. */
class MessageCoverageTest {
  /** No clean way to provoke it: any exception the processor did not foresee. */
  private static final List<Message> UNTESTABLE = List.of(Message.INTERNAL_ERROR);

  private static final Path TESTS =
      Path.of("src/test/java/com/mastertrade/metrics/processor/validation");

  @Test
  void everyMessageHasANegativeTest() {
    String tests = diagnosticsTests();
    List<Message> untested =
        Arrays.stream(Message.values())
            .filter(message -> !UNTESTABLE.contains(message))
            .filter(message -> !tests.contains("Message." + message.name() + ".format("))
            .toList();

    assertWithMessage("messages that no *DiagnosticsTest or ErrorReportingTest checks")
        .that(untested)
        .isEmpty();
  }

  private static String diagnosticsTests() {
    try (Stream<Path> files = Files.list(TESTS)) {
      return files
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.endsWith("DiagnosticsTest.java")
                    || name.equals("ErrorReportingTest.java");
              })
          .map(MessageCoverageTest::read)
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
