package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.mastertrade.metrics.processor.validation.AlertTestLabelSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert tests the processor accepts pass promtool 2.42 and 3.5, and the label value it rejects
 * (a value none of the selected series has) is one promtool fails: the same rule test with that
 * value in place of the series' own fails on both. A value the expression writes itself
 * ({@code label_replace}) is accepted without judgement, and promtool agrees.
 */
class AlertTestLabelValuesPromtoolTest {

  @TempDir Path dir;

  @Test
  void aValueOfTheSelectedSeriesPassesAndAnotherFails() throws Exception {
    write(compile("max by (job, side) ({Orders.open}) > 5", "\"job=shop\", \"side=buy\""));
    for (Path promtool : PromtoolVersions.all()) {
      PromtoolVersions.passes(promtool, dir, "test", "rules", "g.test.yml");
    }
    // "sell" is a value of the test's series too, but not of one that fires.
    for (String rejected : new String[] {"hold", "sell"}) {
      String test = Files.readString(dir.resolve("g.test.yml"), StandardCharsets.UTF_8);
      assertThat(test).contains("side: buy");
      Files.writeString(dir.resolve("wrong.test.yml"), test.replace("side: buy", "side: " + rejected));
      for (Path promtool : PromtoolVersions.all()) {
        assertWithMessage(promtool + " test rules with side=" + rejected)
            .that(exitCode(promtool, "test", "rules", "wrong.test.yml"))
            .isNotEqualTo(0);
      }
    }
  }

  @Test
  void aValueTheExpressionWritesIsLeftToPromtool() throws Exception {
    write(
        compile(
            "max by (job) (label_replace({Orders.open}, \\\"job\\\", \\\"orders\\\", \\\"\\\","
                + " \\\"\\\")) > 5",
            "\"job=orders\""));
    for (Path promtool : PromtoolVersions.all()) {
      PromtoolVersions.passes(promtool, dir, "test", "rules", "g.test.yml");
    }
  }

  private static Compilation compile(String expr, String labels) {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .compile(AlertTestLabelSchema.source(expr, labels));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private void write(Compilation compilation) throws Exception {
    for (String file : new String[] {"g.rules.yml", "g.test.yml"}) {
      String text =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/t/alerts/" + file)
              .orElseThrow()
              .getCharContent(true)
              .toString();
      Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
  }

  private int exitCode(Path promtool, String... arguments) throws Exception {
    String[] command = new String[arguments.length + 1];
    command[0] = promtool.toString();
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("promtool.out").toFile())
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return process.exitValue();
  }
}
