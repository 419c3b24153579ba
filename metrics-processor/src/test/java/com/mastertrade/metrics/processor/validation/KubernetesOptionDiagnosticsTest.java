package com.mastertrade.metrics.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import com.mastertrade.metrics.processor.kubernetes.KubernetesSettings;
import org.junit.jupiter.api.Test;

/** A Kubernetes option the manifests cannot carry is an error naming the option, not a crash. */
class KubernetesOptionDiagnosticsTest {
  private static Compilation compileWith(String option) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .withOptions("-A" + option)
        .compile(JavaFileObjects.forResource("schemas/valid/ShopMetrics.java"));
  }

  @Test
  void namespaceMustBeADnsLabel() {
    Compilation compilation = compileWith(KubernetesSettings.NAMESPACE_OPTION + "=Shop_Prod");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.INVALID_OPTION.format(
                "option metrics.kubernetes.namespace: 'Shop_Prod' is not a DNS-1123 label"))
        .inFile(JavaFileObjects.forResource("schemas/valid/ShopMetrics.java"))
        .onLineContaining("interface ShopMetrics");
  }

  @Test
  void labelsMustBeKubernetesLabels() {
    Compilation compilation = compileWith(KubernetesSettings.LABELS_OPTION + "=release=a b");

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            Message.INVALID_OPTION.format(
                "option metrics.kubernetes.labels: 'a b' is not a Kubernetes label value"));
  }

  @Test
  void labelsAreKeyValuePairs() {
    Compilation compilation = compileWith(KubernetesSettings.LABELS_OPTION + "=release");

    assertThat(compilation)
        .hadErrorContaining(
            Message.INVALID_OPTION.format(
                "option metrics.kubernetes.labels: 'release' is not key=value"));
  }
}
