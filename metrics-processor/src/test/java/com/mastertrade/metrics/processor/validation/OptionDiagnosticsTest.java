package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong processor options: errors that name the option, a warning for an unknown one. */
class OptionDiagnosticsTest {
  private static final String KNOWN =
      "metrics.artifacts, metrics.dashboards, metrics.docs, metrics.grafana.folder,"
          + " metrics.grafana.prometheusUrl, metrics.grafana.zipkinUrl,"
          + " metrics.grafanaDatasources, metrics.grafanaProvisioning, metrics.kubernetes,"
          + " metrics.kubernetes.dashboardBase, metrics.kubernetes.dashboardLabel,"
          + " metrics.kubernetes.labels, metrics.kubernetes.namespace,"
          + " metrics.kubernetes.receiverJobUrl,"
          + " metrics.kubernetes.runbookBase, metrics.links.dashboardBase,"
          + " metrics.links.runbookBase, metrics.prometheus,"
          + " metrics.promqlExperimentalFunctions, metrics.rules, metrics.scrapeConfig,"
          + " metrics.verbose";

  @TempDir Path folder;

  @Test
  void anUnknownMetricsOptionIsAWarningAndChangesNothing() {
    Compilation compilation = compile("-Ametrics.dashbords=off");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(Message.UNKNOWN_OPTION.format("metrics.dashbords", KNOWN));
    assertThat(compilation)
        .generatedFile(
            javax.tools.StandardLocation.CLASS_OUTPUT, "metrics/shop/generated-docs/orders.md");
  }

  @Test
  void aDatasourceUrlThatIsNotAUrlIsAnErrorNamingTheOption() {
    Compilation compilation = compile("-Ametrics.grafana.zipkinUrl=zipkin:9411");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(errorText(compilation))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.grafana.zipkinUrl",
                "zipkin:9411",
                "zipkin:9411",
                "a base URL of Grafana's data source: it is not an absolute http or https URL"));
  }

  @Test
  void aRelativeFolderIsAnErrorNamingTheOption() {
    Compilation compilation = compile("-Ametrics.dashboards=target/dashboards");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(errorText(compilation))
        .isEqualTo(
            Message.INVALID_DESTINATION.format(
                "metrics.dashboards", "target/dashboards", "metrics.dashboards"));
  }

  @Test
  void aDestinationWithoutAValueIsAnErrorNotTheDefault() {
    Compilation compilation = compile("-Ametrics.dashboards");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(errorText(compilation))
        .isEqualTo(
            Message.OPTION_WITHOUT_VALUE.format("metrics.dashboards", "metrics.dashboards", "off"));
  }

  @Test
  void twoKindsInOneFolderAreAnError() {
    String shared = folder.resolve("monitoring").toString();
    Compilation compilation =
        compile("-Ametrics.docs=" + shared, "-Ametrics.dashboards=" + folder + "/x/../monitoring");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(errorText(compilation))
        .isEqualTo(
            Message.SHARED_FOLDER.format(
                "docs",
                "dashboards",
                shared,
                "metrics.docs",
                "metrics.dashboards",
                "metrics.dashboards",
                shared,
                "dashboards"));
  }

  @Test
  void aFlagThatIsNeitherTrueNorFalseIsAnError() {
    Compilation compilation = compile("-Ametrics.verbose=yes");

    assertThat(compilation).failed();
    assertThat(errorText(compilation))
        .isEqualTo(Message.INVALID_FLAG.format("metrics.verbose", "yes", "metrics.verbose"));
  }

  @Test
  void aPrometheusVersionTheProcessorDoesNotTargetIsAnError() {
    Compilation compilation = compile("-Ametrics.prometheus=3.0");

    assertThat(compilation).failed();
    assertThat(errorText(compilation))
        .isEqualTo(
            Message.INVALID_PROMETHEUS_VERSION.format("metrics.prometheus", "3.0", "2.42 or 3.5"));
  }

  @Test
  void aFolderThatCannotBeWrittenIsAnErrorOnTheSchema() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("plain-file"), "");
    JavaFileObject source = source();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions("-Ametrics.docs=" + notAFolder)
            .compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    String expected =
        Message.ARTIFACT_NOT_WRITTEN.format(
            notAFolder.resolve("README.md"),
            "metrics.docs",
            notAFolder + " is a file, not a folder");
    assertThat(errorText(compilation)).isEqualTo(expected);
    assertThat(compilation)
        .hadErrorContaining(expected)
        .inFile(source)
        .onLineContaining("public interface Shop");
  }

  private static String errorText(Compilation compilation) {
    return compilation.errors().get(0).getMessage(Locale.ROOT);
  }

  private static Compilation compile(String... options) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .withOptions((Object[]) options)
        .compile(source());
  }

  private static JavaFileObject source() {
    return BrokenSchemas.category(
        """
        @Metric(help = "Orders placed")
        CounterRecorder placed(Side side);
        """);
  }
}
