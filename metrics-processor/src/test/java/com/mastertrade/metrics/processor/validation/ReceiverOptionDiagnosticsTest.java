package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import com.mastertrade.metrics.processor.ToolRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the Alertmanager of the Kubernetes manifests sends: the receiving job's Service, and the
 * receiver addresses the options give, to whichever schema of the compilation declares the receiver;
 * a loopback address left in the Secret, an option for a receiver no schema declares or an address
 * its kind has not, and a value that is no URL or host:port, are each one error naming the option. The Secret's configuration is checked by both
 * supported amtools, as an SRE applying it would.
 */
class ReceiverOptionDiagnosticsTest {
  private static final JavaFileObject SHOP =
      JavaFileObjects.forResource("schemas/valid/ShopMetrics.java");

  /** Debian's amtool 0.25 and the one scripts/fetch-prometheus-lts.sh unpacks. */
  private static final List<Path> AMTOOLS =
      List.of(Path.of("/usr/bin/amtool"), Path.of("../tools/alertmanager-0.33/bin/amtool"));

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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

  /** The source of ShopMetrics, to be written differently. */
  private static String shopSource() throws Exception {
    try (var in =
        ReceiverOptionDiagnosticsTest.class.getResourceAsStream(
            "/schemas/valid/ShopMetrics.java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** ShopMetrics whose dead man's switch and SMTP relay are the stack's stand-ins on loopback. */
  private static JavaFileObject shopOnLoopback() throws Exception {
    return JavaFileObjects.forSourceString(
        "com.example.shop.ShopMetrics",
        shopSource()
            .replace("\"https://hc-ping.example/shop\"", "\"http://127.0.0.1:8025/switch\"")
            .replace("\"smtp.shop.example:587\"", "\"localhost:2525\""));
  }

  @Test
  void theSecretSendsToTheReceivingJobsServiceAndTheGivenAddresses(@TempDir Path dir)
      throws Exception {
    Compilation compilation =
        compile(
            shopOnLoopback(),
            "-Ametrics.kubernetes.receiver.shop_pager.url=https://events.pagerduty.com/v2/enqueue",
            "-Ametrics.kubernetes.receiver.shop_switch.url=https://hc-ping.shop.example/ping/abc",
            "-Ametrics.kubernetes.receiver.shop_desk.smarthost=smtp.shop.example:587");

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode secret = YAML.readTree(generated(compilation, "deploy/kubernetes/alertmanager-secret.yaml").replaceFirst("^---\n", ""));
    JsonNode config = YAML.readTree(secret.at("/stringData/alertmanager.yaml").asText());
    // The alerts job is scraped over https on 8081; its ServiceMonitor, and so its Service, is
    // "alerts" in the manifests' namespace.
    for (JsonNode receiver : config.get("receivers")) {
      if (receiver.get("name").asText().startsWith("alerts_")) {
        assertThat(receiver.at("/webhook_configs/0/url").asText())
            .isEqualTo("https://alerts.shop.svc:8081/alertmanager");
      }
    }
    assertThat(receiver(config, "shop_pager").at("/pagerduty_configs/0/url").asText())
        .isEqualTo("https://events.pagerduty.com/v2/enqueue");
    assertThat(receiver(config, "shop_switch").at("/webhook_configs/0/url").asText())
        .isEqualTo("https://hc-ping.shop.example/ping/abc");
    JsonNode mail = receiver(config, "shop_desk").at("/email_configs/0");
    assertThat(mail.get("smarthost").asText()).isEqualTo("smtp.shop.example:587");
    // A relay in the cluster is not on Alertmanager's machine: STARTTLS stays required.
    assertThat(mail.has("require_tls")).isFalse();
    assertThat(secret.toString()).doesNotContain("127.0.0.1");
    assertThat(secret.toString()).doesNotContain("localhost");

    // The stack's own configuration keeps the schema's addresses.
    String stack = generated(compilation, "alerts/alertmanager.yml");
    assertThat(stack).contains("url: http://127.0.0.1:8081/alertmanager");
    assertThat(stack).contains("url: http://127.0.0.1:8025/switch");
    assertThat(stack).contains("smarthost: localhost:2525");

    Files.writeString(dir.resolve("alertmanager.yaml"), secret.at("/stringData/alertmanager.yaml").asText());
    List<String> checked = new ArrayList<>();
    for (Path amtool : AMTOOLS) {
      if (Files.isExecutable(amtool)) {
        assertThat(run(dir, amtool.toAbsolutePath().toString(), "check-config", "alertmanager.yaml"))
            .isEqualTo("");
        checked.add(amtool.toString());
      }
    }
    assertThat(checked).isNotEmpty();
  }

  @Test
  void anOptionNamesTheReceivingJobsWebhook() throws Exception {
    Compilation compilation =
        compile(SHOP, "-Ametrics.kubernetes.receiverJobUrl=https://alerts.ops.example/hook");

    assertThat(compilation).succeededWithoutWarnings();
    String secret = generated(compilation, "deploy/kubernetes/alertmanager-secret.yaml");
    assertThat(secret).contains("url: https://alerts.ops.example/hook");
    assertThat(secret).doesNotContain("alerts.shop.svc");
  }

  @Test
  void aDeclaredLoopbackReceiverReachingTheSecretIsAnErrorOnIt() throws Exception {
    JavaFileObject source = shopOnLoopback();
    Compilation compilation =
        compile(source, "-Ametrics.kubernetes.receiver.shop_desk.smarthost=smtp.example:25");

    assertThat(onlyError(compilation))
        .isEqualTo(
            Message.LOOPBACK_KUBERNETES_RECEIVER.format(
                "shop_switch",
                "http://127.0.0.1:8025/switch",
                "metrics.kubernetes.receiver.shop_switch.url"));
    assertThat(compilation)
        .hadErrorContaining("[Receiver]")
        .inFile(source)
        .onLineContaining("url = \"http://127.0.0.1:8025/switch\"");
  }

  @Test
  void aDeclaredLoopbackRelayReachingTheSecretIsAnErrorOnIt() throws Exception {
    JavaFileObject source = shopOnLoopback();
    Compilation compilation =
        compile(source, "-Ametrics.kubernetes.receiver.shop_switch.url=https://hc.example/x");

    assertThat(onlyError(compilation))
        .isEqualTo(
            Message.LOOPBACK_KUBERNETES_RECEIVER.format(
                "shop_desk", "localhost:2525", "metrics.kubernetes.receiver.shop_desk.smarthost"));
    assertThat(compilation)
        .hadErrorContaining("[Receiver]")
        .inFile(source)
        .onLineContaining("smarthost = \"localhost:2525\"");
  }

  @Test
  void loopbackReceiversAreFineWithoutManifests() throws Exception {
    assertThat(compile(shopOnLoopback(), "-Ametrics.kubernetes=off")).succeededWithoutWarnings();
  }

  @Test
  void anOptionForAReceiverNoSchemaDeclaresIsAnError() {
    Compilation compilation =
        compile(SHOP, "-Ametrics.kubernetes.receiver.shop_pagr.url=https://events.example/");

    assertThat(onlyError(compilation))
        .isEqualTo(
            Message.UNKNOWN_RECEIVER_OPTION.format(
                "metrics.kubernetes.receiver.shop_pagr.url",
                "shop_pagr",
                "shop_chat, shop_desk, shop_pager, shop_switch, shop_tickets"));
    assertThat(compilation)
        .hadErrorContaining("[Option]")
        .inFile(SHOP)
        .onLineContaining("receivers = {");
  }

  @Test
  void aSchemaWithErrorsOfItsOwnGetsNoErrorForTheOptionsOfItsReceivers() throws Exception {
    String source = shopSource();
    assertThat(source).contains("@MetricsSchema(namespace = \"shop\")");
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceString(
                "com.example.shop.ShopMetrics",
                source.replace(
                    "@MetricsSchema(namespace = \"shop\")",
                    "@MetricsSchema(namespace = \"shop-\")")),
            "-Ametrics.kubernetes.receiver.shop_pager.url=https://events.pagerduty.com/v2/enqueue");

    assertThat(compilation).failed();
    for (var error : compilation.errors()) {
      assertThat(error.getMessage(Locale.ROOT)).doesNotContain("[Option]");
    }
  }

  @Test
  void eachSchemaOfACompilationTakesTheOptionsOfItsOwnReceivers() throws Exception {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions(
                "-Ametrics.kubernetes.receiver.shop_pager.url=https://events.pagerduty.com/v2/enqueue",
                "-Ametrics.kubernetes.receiver.depot_pager.url=https://events.eu.pagerduty.com/v2/enqueue",
                "-Ametrics.kubernetes.receiver.depot_desk.smarthost=smtp.depot.example:25")
            .compile(SHOP, depot());

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode shop = secretConfig(compilation, "shop");
    JsonNode depot = secretConfig(compilation, "depot");
    assertThat(receiver(shop, "shop_pager").at("/pagerduty_configs/0/url").asText())
        .isEqualTo("https://events.pagerduty.com/v2/enqueue");
    assertThat(receiver(depot, "depot_pager").at("/pagerduty_configs/0/url").asText())
        .isEqualTo("https://events.eu.pagerduty.com/v2/enqueue");
    assertThat(receiver(depot, "depot_desk").at("/email_configs/0/smarthost").asText())
        .isEqualTo("smtp.depot.example:25");
    assertThat(receiver(shop, "shop_desk").at("/email_configs/0/smarthost").asText())
        .isEqualTo("smtp.shop.example:587");
  }

  @Test
  void anOptionForAReceiverOfNeitherSchemaIsOneErrorListingBoth() throws Exception {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions("-Ametrics.kubernetes.receiver.depot_pagr.url=https://events.example/")
            .compile(SHOP, depot());

    assertThat(onlyError(compilation))
        .isEqualTo(
            Message.UNKNOWN_RECEIVER_OPTION.format(
                "metrics.kubernetes.receiver.depot_pagr.url",
                "depot_pagr",
                "depot_chat, depot_desk, depot_pager, depot_switch, depot_tickets, shop_chat,"
                    + " shop_desk, shop_pager, shop_switch, shop_tickets"));
  }

  @Test
  void anAddressTheReceiversKindDoesNotHaveIsAnErrorOnItsKind() {
    Compilation compilation =
        compile(SHOP, "-Ametrics.kubernetes.receiver.shop_chat.url=https://hooks.example/x");

    assertThat(onlyError(compilation))
        .isEqualTo(
            Message.RECEIVER_OPTION_NOT_APPLICABLE.format(
                "metrics.kubernetes.receiver.shop_chat.url", "shop_chat", "SLACK", "url"));
    assertThat(compilation)
        .hadErrorContaining("[Option]")
        .inFile(SHOP)
        .onLineContaining("kind = ReceiverKind.SLACK");
  }

  @Test
  void aLoopbackReceiverOptionIsAnError() {
    assertThat(
            onlyError(
                compile(SHOP, "-Ametrics.kubernetes.receiverJobUrl=http://localhost:8081/hook")))
        .isEqualTo(
            Message.LOOPBACK_RECEIVER_OPTION.format(
                "metrics.kubernetes.receiverJobUrl", "http://localhost:8081/hook"));
  }

  @Test
  void aReceiverUrlMustBeAnAbsoluteHttpUrl() {
    assertThat(
            onlyError(compile(SHOP, "-Ametrics.kubernetes.receiver.shop_switch.url=hc-ping/x")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.receiver.shop_switch.url",
                "hc-ping/x",
                "hc-ping/x",
                "an http or https URL: it is not an absolute http or https URL"));
  }

  @Test
  void aSmarthostMustBeAHostAndPort() {
    assertThat(
            onlyError(
                compile(SHOP, "-Ametrics.kubernetes.receiver.shop_desk.smarthost=smtp.example")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.receiver.shop_desk.smarthost",
                "smtp.example",
                "smtp.example",
                "a host:port with a port from 1 to 65535"));
  }

  @Test
  void aReceiverOptionWithoutAValueIsAnError() {
    assertThat(onlyError(compile(SHOP, "-Ametrics.kubernetes.receiver.shop_switch.url=")))
        .isEqualTo(
            Message.OPTION_WITHOUT_VALUE.format(
                "metrics.kubernetes.receiver.shop_switch.url",
                "metrics.kubernetes.receiver.shop_switch.url",
                "https://hc-ping.example.com/<check>"));
  }

  @Test
  void aReceiverOptionNamesAUrlOrASmarthost() {
    assertThat(
            onlyError(
                compile(SHOP, "-Ametrics.kubernetes.receiver.shop_switch.address=https://x.example/")))
        .isEqualTo(
            Message.INVALID_OPTION.format(
                "metrics.kubernetes.receiver.shop_switch.address",
                "https://x.example/",
                "metrics.kubernetes.receiver.shop_switch.address",
                "metrics.kubernetes.receiver.<receiver>.url or"
                    + " metrics.kubernetes.receiver.<receiver>.smarthost"));
  }

  /**
   * ShopMetrics again as a second schema of its own: namespace, package, receivers and the SLO
   * dashboard named after the namespace renamed.
   */
  private static JavaFileObject depot() throws Exception {
    return JavaFileObjects.forSourceString(
        "com.example.depot.ShopMetrics",
        shopSource()
            .replace("package com.example.shop;", "package com.example.depot;")
            .replace("namespace = \"shop\"", "namespace = \"depot\"")
            .replace("\"shop_", "\"depot_")
            .replace("\"shop-slos\"", "\"depot-slos\"")
            .replace("\"smtp.shop.example:587\"", "\"smtp.depot.example:587\""));
  }

  /** The Alertmanager configuration in the Kubernetes Secret of schema {@code namespace}. */
  private static JsonNode secretConfig(Compilation compilation, String namespace)
      throws Exception {
    String secret =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT,
                "metrics/" + namespace + "/deploy/kubernetes/alertmanager-secret.yaml")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    JsonNode object = YAML.readTree(secret.replaceFirst("^---\n", ""));
    return YAML.readTree(object.at("/stringData/alertmanager.yaml").asText());
  }

  private static JsonNode receiver(JsonNode config, String name) {
    for (JsonNode receiver : config.get("receivers")) {
      if (receiver.get("name").asText().equals(name)) {
        return receiver;
      }
    }
    throw new AssertionError("no receiver " + name + " in " + config);
  }

  /** The tool's output if it failed, empty if it exited with 0. */
  private static String run(Path dir, String... argv) throws Exception {
    return ToolRun.failure(dir, List.of(argv)).orElse("");
  }

  private static String generated(Compilation compilation, String path) throws Exception {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/" + path)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }
}
