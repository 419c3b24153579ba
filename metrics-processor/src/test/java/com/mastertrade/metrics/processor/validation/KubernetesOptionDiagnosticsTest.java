package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A Kubernetes option the manifests cannot carry is one error naming the option, not a crash. */
class KubernetesOptionDiagnosticsTest {
  private static Compilation compileWith(String option) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .withOptions("-A" + option)
        .compile(JavaFileObjects.forResource("schemas/valid/ShopMetrics.java"));
  }

  private static String onlyError(Compilation compilation) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    return compilation.errors().get(0).getMessage(Locale.ROOT);
  }

  @Test
  void namespaceMustBeADnsLabel() {
    assertThat(onlyError(compileWith("metrics.kubernetes.namespace=Shop_Prod")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.namespace", "Shop_Prod", "Shop_Prod", "a DNS-1123 label"));
  }

  @Test
  void namespaceWithoutAValueIsAnErrorNotACrash() {
    assertThat(onlyError(compileWith("metrics.kubernetes.namespace")))
        .isEqualTo(
            Message.OPTION_WITHOUT_VALUE.format(
                "metrics.kubernetes.namespace", "metrics.kubernetes.namespace", "monitoring"));
  }

  @Test
  void anEmptyGrafanaFolderIsAnErrorNotTheDefault() {
    assertThat(onlyError(compileWith("metrics.grafana.folder=")))
        .isEqualTo(
            Message.OPTION_WITHOUT_VALUE.format(
                "metrics.grafana.folder", "metrics.grafana.folder", "Trading"));
  }

  @Test
  void labelsMustBeKubernetesLabels() {
    assertThat(onlyError(compileWith("metrics.kubernetes.labels=release=a b")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.labels", "release=a b", "a b", "a Kubernetes label value"));
  }

  @Test
  void labelsAreKeyValuePairs() {
    assertThat(onlyError(compileWith("metrics.kubernetes.labels=release")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.labels", "release", "release", "key=value"));
  }

  @Test
  void theDashboardLabelIsOnePair() {
    assertThat(onlyError(compileWith("metrics.kubernetes.dashboardLabel=a=1,b=2")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.dashboardLabel", "a=1,b=2", "a=1,b=2", "one key=value"));
  }
}
