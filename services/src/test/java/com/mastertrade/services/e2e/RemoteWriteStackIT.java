package com.mastertrade.services.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The stack in its remote-write topology (scripts/stack-remote-write.sh): two Prometheus agents,
 * each scraping three services, remote-write to a central Prometheus that evaluates the generated
 * rules. The generated rules and queries must hold there as on one server: every target arrives
 * once, aggregations keep {@code job} and count nothing twice, every dashboard and doc query
 * returns data, and an alert fires on the central server. Measures the remote-write rate for the
 * capacity report. The stack is stopped by its pids whatever happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteWriteStackIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Set<String> SENDERS = Set.of("sender-a", "sender-b");

  private static Infrastructure infrastructure;
  private static Stack stack;
  private static PrometheusApi central;
  private static RemoteWriteRate.Reading firstReading;

  @BeforeAll
  static void startStack() throws Exception {
    Path root = Stack.repositoryRoot();
    // Alerts fire 5 s after their condition in this stack only; the committed rules keep their
    // `for`.
    stack =
        new Stack(
            root,
            Stack.directory(root, "e2e-remote-write"),
            Map.of("STACK_TOPOLOGY", "remote-write", "ALERT_FOR", "5s"));
    try {
      stack.start();
      central = new PrometheusApi(HTTP, stack.prometheusUrl());
      firstReading = RemoteWriteRate.read(HTTP, stack.senderUrls());
      callEveryService(stack.internalCredential());
      placeARejectedOrder(stack.apiKey());
    } catch (Exception | AssertionError e) {
      stack.stop();
      throw e;
    }
  }

  /**
   * One API call to each service, so each has HTTP request series for the recording rules to
   * aggregate: scrapes of /metrics are not API traffic and create none.
   */
  private static void callEveryService(String credential) throws Exception {
    for (int port : Stack.PORTS.values()) {
      HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
              .header("Authorization", "Bearer " + credential)
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }

  /**
   * One order the position limit refuses: the rejected-orders counter has an open label (the
   * symbol), so its series, which the dashboards query, exist only once an order was rejected.
   */
  private static void placeARejectedOrder(String apiKey) throws Exception {
    HttpResponse<String> refused =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + Stack.PORTS.get("api_gateway") + "/api/orders"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"symbol\":\"SOLUSDT\",\"side\":\"BUY\",\"quantity\":100000}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertWithMessage(refused.body()).that(refused.statusCode()).isEqualTo(422);
  }

  @AfterAll
  static void stopStack() throws Exception {
    if (stack != null) {
      stack.stop();
    }
  }

  @Test
  @Order(1)
  void everyTargetArrivesOnceThroughOneSender() throws Exception {
    Eventually.await(
        "six targets up on the central server",
        Duration.ofSeconds(60),
        () -> central.query("up == 1").size() == Stack.PORTS.size());
    Map<String, Integer> targetsPerSender = new TreeMap<>();
    for (JsonNode series : central.query("up")) {
      String sender = series.path("metric").path("prometheus").asText();
      assertWithMessage("%s", series).that(SENDERS).contains(sender);
      targetsPerSender.merge(sender, 1, Integer::sum);
    }
    assertThat(targetsPerSender).containsExactly("sender-a", 3, "sender-b", 3);
    assertWithMessage("a job that arrives through two senders")
        .that(central.query("count by (job) (up) > 1"))
        .isEmpty();
  }

  @Test
  @Order(2)
  void aggregationsKeepTheJobAndCountNothingTwice() throws Exception {
    // One sample per service: the central server's sum by job must be exactly the service's own.
    Eventually.await(
        "every service's up gauge on the central server",
        Duration.ofSeconds(60),
        () -> central.query("sum by (job) (mastertrade_service_up)").size() == Stack.PORTS.size());
    for (JsonNode series : central.query("sum by (job) (mastertrade_service_up)")) {
      String job = series.path("metric").path("job").asText();
      double direct = Exposition.scrape(HTTP, Stack.PORTS.get(job)).sum("mastertrade_service_up");
      assertWithMessage("sum of mastertrade_service_up of %s", job)
          .that(series.path("value").get(1).asDouble())
          .isEqualTo(direct);
    }
    // A rule aggregating by job keeps exactly the jobs it is fed, whichever sender they came by.
    Eventually.await(
        "the HTTP request rate recorded for every job serving requests",
        Duration.ofSeconds(60),
        () ->
            !jobs("job:mastertrade_http_requests:rate5m").isEmpty()
                && jobs("job:mastertrade_http_requests:rate5m")
                    .equals(jobs("mastertrade_http_requests_total")));
    // Every rule evaluates on series that came in by remote-write; a rule named for the job
    // level (`job:...`, `job_le:...`) keeps the job in every series it records.
    for (JsonNode group : central.get("/api/v1/rules").path("data").path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        String name = rule.path("name").asText();
        assertWithMessage("rule %s: %s", name, rule.path("lastError"))
            .that(rule.path("health").asText())
            .isEqualTo("ok");
        if (rule.path("type").asText().equals("recording") && name.matches("job(_\\w+)?:.*")) {
          assertWithMessage("series of %s without a job", name)
              .that(central.query(name + "{job=\"\"}"))
              .isEmpty();
        }
      }
    }
  }

  private static Set<String> jobs(String selector) throws Exception {
    Set<String> jobs = new TreeSet<>();
    for (JsonNode series : central.query("count by (job) (" + selector + ")")) {
      jobs.add(series.path("metric").path("job").asText());
    }
    return jobs;
  }

  @Test
  @Order(3)
  void everyDashboardAndDocQueryReturnsDataOnTheCentralServer() throws Exception {
    Set<String> queries = GeneratedQueries.servedByTheStack(Stack.repositoryRoot());
    assertWithMessage("the generated dashboards and docs hold queries").that(queries).isNotEmpty();
    List<String> empty = QueryCoverage.empty(central, queries, Duration.ofSeconds(60));
    assertWithMessage("queries that returned no data on the central server: %s", empty)
        .that(empty)
        .isEmpty();
  }

  @Test
  @Order(4)
  void remoteWriteRateIsMeasuredForTheCapacityReport() throws Exception {
    // At least half a minute of traffic, so the rate rests on many batches.
    long wait =
        Duration.ofSeconds(30).toMillis() - (System.currentTimeMillis() - firstReading.at());
    if (wait > 0) {
      Thread.sleep(wait);
    }
    RemoteWriteRate rate =
        RemoteWriteRate.between(firstReading, RemoteWriteRate.read(HTTP, stack.senderUrls()));
    assertWithMessage("samples per second sent").that(rate.samplesPerSecond()).isGreaterThan(0.0);
    assertWithMessage("bytes per sample sent").that(rate.bytesPerSample()).isGreaterThan(0.0);
    Map<String, Long> seriesPerJob = new TreeMap<>();
    for (JsonNode series : central.query("count by (job) ({job=~\".+\"})")) {
      seriesPerJob.put(
          series.path("metric").path("job").asText(), series.path("value").get(1).asLong());
    }
    assertThat(seriesPerJob.keySet()).containsExactlyElementsIn(Stack.PORTS.keySet());
    // The schema's families each service exposes, for its worst case.
    Map<String, Set<String>> familiesPerJob = new TreeMap<>();
    for (JsonNode series :
        central.query("group by (job, __name__) ({__name__=~\"mastertrade_.+\"})")) {
      familiesPerJob
          .computeIfAbsent(series.path("metric").path("job").asText(), job -> new TreeSet<>())
          .add(series.path("metric").path("__name__").asText());
    }
    Path root = Stack.repositoryRoot();
    String report = CapacityReport.markdown(root, rate, seriesPerJob, familiesPerJob);
    Files.writeString(stack.reportFile("capacity.md"), report);
    System.out.println(report);
  }

  @Test
  @Order(5)
  void anAlertFiresOnTheCentralServer() throws Exception {
    stack.stopService("alert_system");
    Eventually.await(
        "ServiceDown firing for alert_system on the central server",
        Duration.ofSeconds(60),
        () -> {
          for (JsonNode alert : central.get("/api/v1/alerts").path("data").path("alerts")) {
            JsonNode labels = alert.path("labels");
            if (labels.path("alertname").asText().equals("ServiceDown")
                && labels.path("job").asText().equals("alert_system")
                && SENDERS.contains(labels.path("prometheus").asText())
                && alert.path("state").asText().equals("firing")) {
              return true;
            }
          }
          return false;
        });
  }

  static int port(String url) {
    return URI.create(url).getPort();
  }
}
