package com.example.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started as it runs in production, on a free port of 127.0.0.1, on Spring MVC,
 * scraped at the actuator's endpoint. The exposition is kept for promtool and the plugin's live
 * check, which verify.groovy and the pom run on it. The same test runs in the Boot 3.5 and the Boot
 * 4.0 sample; each pom names the client_java release its Boot manages, and the test proves the
 * application ran on it.
 */
class PaymentsApplicationTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static ConfigurableApplicationContext application;
  private static int port;

  @BeforeAll
  static void start() {
    application =
        SpringApplication.run(
            PaymentsApplication.class, "--server.port=0", "--server.address=127.0.0.1");
    port = application.getEnvironment().getProperty("local.server.port", Integer.class);
  }

  @AfterAll
  static void stop() {
    application.close();
  }

  @Test
  void runsOnTheClientJavaReleaseBootManages() throws Exception {
    String clientJava = clientJavaVersion();
    Files.writeString(
        Path.of("target/versions.txt"),
        "spring-boot " + SpringBootVersion.getVersion() + "\nclient_java " + clientJava + "\n",
        StandardCharsets.UTF_8);
    assertThat(clientJava).isEqualTo(System.getProperty("expected.client-java.version"));
  }

  /** The release of client_java's core on the class path, from its jar's Maven metadata. */
  private static String clientJavaVersion() throws Exception {
    Properties pom = new Properties();
    try (var in =
        PaymentsApplicationTest.class
            .getClassLoader()
            .getResourceAsStream(
                "META-INF/maven/io.prometheus/prometheus-metrics-core/pom.properties")) {
      assertThat(in).as("client_java's core on the class path").isNotNull();
      pom.load(in);
    }
    return pom.getProperty("version");
  }

  @Test
  void oneExpositionWithRouteTemplatesUnmatchedPathsAndOverflowCounted() throws Exception {
    // Micrometer's registry excludes client_java's tracer module, and Initializr's order makes
    // Maven take client_java through it: no recording path may need that module.
    assertThat(
            getClass()
                .getClassLoader()
                .getResource("io/prometheus/metrics/tracer/initializer/SpanContextSupplier.class"))
        .isNull();
    String[] currencies = {"EUR", "USD", "CHF", "GBP", "JPY"};
    for (int i = 0; i < currencies.length; i++) {
      assertThat(send("POST", "/payments/p" + i + "?currency=" + currencies[i]).statusCode())
          .isEqualTo(201);
      assertThat(send("GET", "/payments/p" + i).body()).isEqualTo(currencies[i]);
    }
    assertThat(send("GET", "/payments/missing").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/no/such/page").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/actuator/health").statusCode()).isEqualTo(200);

    String exposition = send("GET", "/actuator/prometheus").body();
    Files.writeString(Path.of("target/exposition.txt"), exposition, StandardCharsets.UTF_8);

    assertThat(exposition)
        .contains("payments_payment_taken_total{currency=\"EUR\",outcome=\"stored\"} 1.0")
        .contains("payments_payment_taken_total{currency=\"__overflow__\",outcome=\"stored\"} 2.0")
        .contains(
            "payments_label_overflow_total{label=\"currency\",metric=\"payments_payment_taken_total\"}"
                + " 2.0")
        .contains(
            "payments_http_requests_total{method=\"POST\",route=\"/payments/{id}\",status=\"2xx\"}"
                + " 5.0")
        .contains(
            "payments_http_requests_total{method=\"GET\",route=\"/payments/{id}\",status=\"4xx\"}"
                + " 1.0")
        .contains(
            "payments_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"4xx\"} 1.0")
        .doesNotContain("route=\"/**\"")
        .doesNotContain("/actuator")
        // Micrometer's HTTP timer is switched off in application.properties: timed once.
        .doesNotContain("http_server_requests");
    List<String> families = exposition.lines().filter(l -> l.startsWith("# TYPE ")).toList();
    long schema = families.stream().filter(l -> l.startsWith("# TYPE payments_")).count();
    Files.writeString(
        Path.of("target/family-counts.txt"),
        "schema " + schema + "\nmicrometer " + (families.size() - schema) + "\n",
        StandardCharsets.UTF_8);
    assertThat(schema).isEqualTo(6);
    assertThat(families).anyMatch(l -> l.startsWith("# TYPE jvm_"));
  }

  private static HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
