package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The base URLs of alert links as processor options: each one that is not a base URL, or that
 * would put a loopback link into the Kubernetes manifests, is one error naming the option (or the
 * {@code @Alerting} attribute it comes from); given, they set the links without an
 * {@code @Alerting}, and the manifests' own set the manifests' links alone.
 */
class LinkOptionDiagnosticsTest {
  private static final JavaFileObject SHOP =
      JavaFileObjects.forResource("schemas/valid/ShopMetrics.java");

  private static Compilation compile(JavaFileObject source, String... options) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .withOptions((Object[]) options)
        .compile(source);
  }

  private static String onlyError(Compilation compilation) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    return compilation.errors().get(0).getMessage(Locale.ROOT);
  }

  /** ShopMetrics with its @Alerting bases replaced. */
  private static JavaFileObject shopLinkingTo(String runbookBase, String dashboardBase)
      throws Exception {
    String source;
    try (var in = LinkOptionDiagnosticsTest.class.getResourceAsStream(
        "/schemas/valid/ShopMetrics.java")) {
      source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    return JavaFileObjects.forSourceString(
        "com.example.shop.ShopMetrics",
        source
            .replace("\"https://runbooks.example/shop/\"", "\"" + runbookBase + "\"")
            .replace("\"https://grafana.example\"", "\"" + dashboardBase + "\""));
  }

  @Test
  void aRunbookBaseMustBeAnAbsoluteUrl() {
    assertThat(onlyError(compile(SHOP, "-Ametrics.links.runbookBase=runbooks/")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.links.runbookBase",
                "runbooks/",
                "runbooks/",
                "a base URL: it is not an absolute http or https URL"));
  }

  @Test
  void aDashboardBaseWithATemplateIsRejected() {
    assertThat(
            onlyError(
                compile(SHOP, "-Ametrics.kubernetes.dashboardBase=https://g/{{ .x }}")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.dashboardBase",
                "https://g/{{ .x }}",
                "https://g/{{ .x }}",
                "a base URL: Alertmanager and Prometheus would read {{ }} as a template"));
  }

  @Test
  void aLinkBaseWithoutAValueIsAnError() {
    assertThat(onlyError(compile(SHOP, "-Ametrics.links.dashboardBase=")))
        .isEqualTo(
            Message.OPTION_WITHOUT_VALUE.format(
                "metrics.links.dashboardBase",
                "metrics.links.dashboardBase",
                "https://grafana.example.com"));
  }

  @Test
  void aLoopbackBaseForEveryArtifactNeedsTheManifestsOwn() {
    assertThat(onlyError(compile(SHOP, "-Ametrics.links.runbookBase=http://localhost:8007/")))
        .isEqualTo(
            Message.LOOPBACK_LINK_OPTION.format(
                "metrics.links.runbookBase",
                "http://localhost:8007/",
                "metrics.kubernetes.runbookBase"));
  }

  @Test
  void theManifestsOwnBaseIsNeverLoopback() {
    assertThat(
            onlyError(compile(SHOP, "-Ametrics.kubernetes.dashboardBase=http://[::1]:3000")))
        .isEqualTo(
            Message.LOOPBACK_LINK_OPTION.format(
                "metrics.kubernetes.dashboardBase",
                "http://[::1]:3000",
                "metrics.kubernetes.dashboardBase"));
  }

  @Test
  void aLoopbackAlertingBaseReachingTheManifestsIsAnErrorOnIt() throws Exception {
    JavaFileObject source =
        shopLinkingTo("https://runbooks.example/shop/", "http://127.0.0.1:3000");

    assertThat(onlyError(compile(source)))
        .isEqualTo(
            Message.LOOPBACK_KUBERNETES_LINK.format(
                "dashboardBaseUrl", "http://127.0.0.1:3000", "metrics.kubernetes.dashboardBase"));
    assertThat(compile(source))
        .hadErrorContaining("[Alerting]")
        .inFile(source)
        .onLineContaining("dashboardBaseUrl = \"http://127.0.0.1:3000\"");
  }

  @Test
  void loopbackBasesAreFineWithoutManifests() throws Exception {
    assertThat(
            compile(
                shopLinkingTo("http://127.0.0.1:8007/runbooks/", "http://localhost:3000"),
                "-Ametrics.kubernetes=off"))
        .succeededWithoutWarnings();
  }

  @Test
  void theManifestsLinkToTheirOwnBasesTheRuleFilesToTheSchemas() throws Exception {
    Compilation compilation =
        compile(
            shopLinkingTo("http://127.0.0.1:8007/runbooks/", "http://127.0.0.1:3000"),
            "-Ametrics.kubernetes.runbookBase=https://runbooks.shop.example/",
            "-Ametrics.kubernetes.dashboardBase=https://grafana.shop.example/");

    assertThat(compilation).succeededWithoutWarnings();
    String manifest = generated(compilation, "deploy/kubernetes/prometheus-rules.yaml");
    assertThat(manifest).contains("runbook_url: https://runbooks.shop.example/ShopDown.md");
    assertThat(manifest).contains("dashboard: https://grafana.shop.example/d/");
    assertThat(manifest).doesNotContain("127.0.0.1");
    assertThat(generated(compilation, "alerts/shop.rules.yml"))
        .contains("runbook_url: http://127.0.0.1:8007/runbooks/ShopDown.md");
  }

  @Test
  void theLinkOptionsReplaceTheAlertingBasesEverywhere() throws Exception {
    Compilation compilation =
        compile(
            SHOP,
            "-Ametrics.links.runbookBase=https://wiki.example/runbooks",
            "-Ametrics.links.dashboardBase=https://dash.example");

    assertThat(compilation).succeededWithoutWarnings();
    for (String file :
        new String[] {"alerts/shop.rules.yml", "deploy/kubernetes/prometheus-rules.yaml"}) {
      String rules = generated(compilation, file);
      assertThat(rules).contains("runbook_url: https://wiki.example/runbooks/ShopDown.md");
      assertThat(rules).contains("dashboard: https://dash.example/d/");
      assertThat(rules).doesNotContain("runbooks.example/shop/");
    }
  }

  private static String generated(Compilation compilation, String path) throws Exception {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/" + path)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }
}
