package com.mastertrade.services.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Range;
import com.mastertrade.metrics.evolution.live.ConformanceReport;
import com.mastertrade.metrics.evolution.live.ConformanceTextWriter;
import com.mastertrade.metrics.evolution.live.ExpositionFormat;
import com.mastertrade.services.testing.AlertmanagerApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole chain on real servers: the six services started by the stack script, trading on
 * RabbitMQ, Redis and PostgreSQL, scraped by a real Prometheus. Traffic goes to 127.0.0.1 only and
 * is bounded in count; the stack is stopped by its pids whatever happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final int GATEWAY = Stack.PORTS.get("api_gateway");
  private static final int EXECUTOR = Stack.PORTS.get("order_executor");

  private static Infrastructure infrastructure;
  private static Stack stack;
  private static PrometheusApi prometheus;
  private static String apiKey;
  private static String internalCredential;

  /** The highest order id before the stack started: every later order is this run's. */
  private static long lastOrderBefore;

  @BeforeAll
  static void startStack() throws Exception {
    Path root = Stack.repositoryRoot();
    infrastructure = Infrastructure.prepare();
    stack =
        new Stack(
            root, root.resolve("services/target/e2e-stack"), infrastructure.serviceEnvironment());
    lastOrderBefore = lastOrderId();
    try {
      stack.start();
      prometheus = new PrometheusApi(HTTP, stack.prometheusUrl());
      apiKey = stack.apiKey();
      internalCredential = stack.internalCredential();
    } catch (Exception | AssertionError e) {
      stack.stop();
      infrastructure.close();
      throw e;
    }
  }

  @AfterAll
  static void stopStack() throws Exception {
    try {
      if (stack != null) {
        stack.stop();
      }
    } finally {
      if (infrastructure != null) {
        infrastructure.close();
      }
    }
  }

  @Test
  @Order(1)
  void allSixTargetsAreUp() throws Exception {
    Eventually.await(
        "Prometheus scraped all six services with up == 1",
        Duration.ofSeconds(60),
        () -> prometheus.query("up == 1").size() == 6);
    Set<String> jobs = new TreeSet<>();
    for (JsonNode series : prometheus.query("up")) {
      jobs.add(series.path("metric").path("job").asText());
    }
    assertThat(jobs).containsExactlyElementsIn(Stack.PORTS.keySet());
  }

  @Test
  @Order(2)
  void everyMetricsEndpointPassesPromtool() throws Exception {
    for (Map.Entry<String, Integer> service : Stack.PORTS.entrySet()) {
      Exposition exposition = Exposition.scrape(HTTP, service.getValue());
      Process promtool =
          new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
      try (var in = promtool.getOutputStream()) {
        in.write(exposition.text.getBytes(StandardCharsets.UTF_8));
      }
      String report = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertWithMessage("promtool check metrics of %s: %s", service.getKey(), report)
          .that(promtool.waitFor())
          .isEqualTo(0);
    }
  }

  @Test
  @Order(3)
  void theStrategyTradesAndEveryCategoryIsFed() throws Exception {
    Eventually.await(
        "the executor filled an order of the strategy",
        Duration.ofSeconds(90),
        () ->
            Exposition.scrape(HTTP, EXECUTOR)
                    .sum("mastertrade_active_positions", "strategy=\"logreg_momentum\"")
                > 0);
    // One family per category of the schema, each fed by real work of some service.
    List<String> families =
        List.of(
            "mastertrade_http_requests_total",
            "mastertrade_service_up",
            "mastertrade_db_query_duration_seconds_count",
            "mastertrade_rabbitmq_messages_consumed_total",
            "mastertrade_cache_lookups_total",
            "mastertrade_data_points_collected_total",
            "mastertrade_orders_filled_total",
            "mastertrade_goal_target_value",
            "mastertrade_risk_limit_utilization_ratio",
            "mastertrade_model_predictions_total");
    for (String family : families) {
      Eventually.await(
          family + " has a positive sample in Prometheus",
          Duration.ofSeconds(60),
          () -> prometheus.query("sum(" + family + ") > 0").size() == 1);
    }
  }

  @Test
  @Order(4)
  void ordersPlacedThroughTheGatewayArePersistedAndTheirFillsCounted() throws Exception {
    // 4 x 28 SOL is about 17,000 USD: under the executor's 20,000 position limit, over the risk
    // manager's 15,000 exposure limit, so this also drives a breach and its alert.
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> response =
          postOrder("{\"symbol\":\"SOLUSDT\",\"side\":\"BUY\",\"quantity\":28}");
      assertWithMessage(response.body()).that(response.statusCode()).isEqualTo(201);
      ids.add(JSON.readTree(response.body()).path("id").asLong());
    }
    // Another 1,000 SOL would pass the position limit: rejected, and counted as such.
    assertThat(
            postOrder("{\"symbol\":\"SOLUSDT\",\"side\":\"BUY\",\"quantity\":1000}").statusCode())
        .isEqualTo(422);
    assertThat(postOrder("{\"symbol\":").statusCode()).isEqualTo(400);
    assertThat(
            Exposition.scrape(HTTP, EXECUTOR)
                .sum("mastertrade_orders_rejected_total", "symbol=\"SOLUSDT\"", "side=\"buy\""))
        .isAtLeast(1.0);

    try (Connection db = postgres()) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT count(*) FROM orders o JOIN fills f ON f.order_id = o.id"
                  + " WHERE o.id = ANY (?) AND o.strategy = 'manual' AND o.status = 'FILLED'"
                  + " AND o.symbol = 'SOLUSDT' AND o.side = 'BUY' AND f.quantity = 28")) {
        Array array = db.createArrayOf("bigint", ids.toArray());
        select.setArray(1, array);
        assertThat(count(select)).isEqualTo(4);
      }
      // The metrics count exactly the fills in the table. The strategy trades meanwhile, and an
      // order is marked filled in the table just before the counter moves, so: every fill counted
      // before reading the table is in it, and every fill in it is counted soon after.
      Exposition before = Exposition.scrape(HTTP, EXECUTOR);
      long persisted;
      try (PreparedStatement select =
          db.prepareStatement("SELECT count(*) FROM orders WHERE status = 'FILLED' AND id > ?")) {
        select.setLong(1, lastOrderBefore);
        persisted = count(select);
      }
      assertThat((double) persisted).isAtLeast(before.sum("mastertrade_orders_filled_total"));
      Eventually.await(
          "the executor counted the " + persisted + " fills in PostgreSQL",
          Duration.ofSeconds(10),
          () ->
              Exposition.scrape(HTTP, EXECUTOR).sum("mastertrade_orders_filled_total")
                  >= persisted);
      assertThat(
              Exposition.scrape(HTTP, EXECUTOR)
                  .sum("mastertrade_orders_filled_total", "symbol=\"SOLUSDT\"", "side=\"buy\""))
          .isAtLeast(4.0);
    }

    Eventually.await(
        "Prometheus scraped the gateway's fills",
        Duration.ofSeconds(30),
        () ->
            prometheus
                    .query(
                        "sum(mastertrade_orders_filled_total{symbol=\"SOLUSDT\",side=\"buy\"}) >="
                            + " 4")
                    .size()
                == 1);
    Eventually.await(
        "the exposure breach was alerted and delivered by webhook",
        Duration.ofSeconds(60),
        () ->
            prometheus
                    .query(
                        "sum(mastertrade_alerts_delivered_total{channel=\"webhook\"}) > 0 and"
                            + " sum(mastertrade_risk_limit_breaches_total{limit=\"exposure\"}) > 0")
                    .size()
                == 1);
  }

  @Test
  @Order(5)
  void theBreachAlertTravelsThroughAlertmanagerToTheAlertSystem() throws Exception {
    // The exposure breach of the orders above fires RiskLimitBreach in Prometheus; Alertmanager
    // routes it (severity critical) to the alert system's webhook, which stores and counts it.
    AlertSystemApi alerts =
        new AlertSystemApi(HTTP, Stack.PORTS.get("alert_system"), internalCredential);
    Eventually.await(
        "RiskLimitBreach stored by the alert system from Alertmanager",
        Duration.ofSeconds(90),
        () -> alerts.received("RiskLimitBreach").isPresent());
    JsonNode stored = alerts.received("RiskLimitBreach").orElseThrow();
    assertThat(stored.path("priority").asText()).isEqualTo("CRITICAL");
    assertThat(stored.path("message").asText())
        .contains("runbook: http://127.0.0.1:8007/runbooks/");
    Eventually.await(
        "the alert system counted RiskLimitBreach",
        Duration.ofSeconds(10),
        () ->
            Exposition.scrape(HTTP, Stack.PORTS.get("alert_system"))
                    .sum("mastertrade_alerts_triggered_total", "alert_type=\"RiskLimitBreach\"")
                >= 1.0);
    // From the first scrape that saw the breach to the alert system storing the alert.
    Instant condition =
        firstTimeTrue("mastertrade_risk_limit_breaches_total{limit=\"exposure\"} > 0");
    Instant arrived = Instant.parse(stored.path("createdAt").asText());
    Duration delay = Duration.between(condition, arrived);
    Files.writeString(
        stack.reportFile("alert-delay.txt"),
        "RiskLimitBreach: breach first scraped "
            + condition
            + ", stored by the alert system "
            + arrived
            + ", delay "
            + delay.toMillis()
            + " ms\n");
    assertWithMessage("delay from condition to the alert system")
        .that(delay)
        .isLessThan(Duration.ofSeconds(60));

    // Inhibition on the stack's own Alertmanager: a ServiceDown of a job silences that job's
    // other alerts, and an SLO's page silences its ticket. The alerts are posted as Prometheus
    // would post them, for jobs that do not exist, so no real alert is disturbed; each pair has a
    // job of its own, since a ServiceDown silences every other alert of its job.
    AlertmanagerApi alertmanager = new AlertmanagerApi(HTTP, stack.alertmanagerUrl());
    alertmanager.post(
        AlertmanagerApi.alert("ServiceDown", "critical", "e2e_probe_down", null),
        AlertmanagerApi.alert("HighErrorRate", "critical", "e2e_probe_down", null),
        AlertmanagerApi.alert("GatewayLatencyFastBurn", "page", "e2e_probe_slo", "gateway_latency"),
        AlertmanagerApi.alert(
            "GatewayLatencySlowBurn", "ticket", "e2e_probe_slo", "gateway_latency"));
    Eventually.await(
        "the uninhibited probes arrived",
        Duration.ofSeconds(30),
        () ->
            alerts.received("ServiceDown", "e2e_probe_down").isPresent()
                && alerts.received("GatewayLatencyFastBurn", "e2e_probe_slo").isPresent());
    // Group waits are a second in the stack: an inhibited alert would have arrived by now.
    Thread.sleep(5_000);
    assertThat(alerts.received("HighErrorRate", "e2e_probe_down")).isEmpty();
    assertThat(alerts.received("GatewayLatencySlowBurn", "e2e_probe_slo")).isEmpty();
  }

  /** The earliest time within the last 15 minutes at which {@code promql} held, to the second. */
  private static Instant firstTimeTrue(String promql) throws Exception {
    long end = Instant.now().getEpochSecond();
    JsonNode result =
        prometheus.get(
            "/api/v1/query_range?query="
                + java.net.URLEncoder.encode(promql, java.nio.charset.StandardCharsets.UTF_8)
                + "&start="
                + (end - 900)
                + "&end="
                + end
                + "&step=1");
    double first = Double.MAX_VALUE;
    for (JsonNode series : result.path("data").path("result")) {
      first = Math.min(first, series.path("values").get(0).get(0).asDouble());
    }
    assertWithMessage(promql + " held in the last 15 minutes")
        .that(first)
        .isLessThan(Double.MAX_VALUE);
    return Instant.ofEpochMilli((long) (first * 1000));
  }

  @Test
  @Order(6)
  void everyDashboardAndDocQueryReturnsData() throws Exception {
    Set<String> queries = GeneratedQueries.in(Stack.repositoryRoot());
    assertWithMessage("the generated dashboards and docs hold queries").that(queries).isNotEmpty();
    List<String> empty = QueryCoverage.empty(prometheus, queries, Duration.ofSeconds(30));
    // Failure counters and the 5xx series exist at 0 from the first attempt, so even a query
    // over failures returns data while nothing fails.
    Files.writeString(
        Stack.repositoryRoot().resolve("services/target/e2e-stack/queries.txt"),
        (queries.size() - empty.size())
            + " of "
            + queries.size()
            + " queries returned data; empty:\n"
            + String.join("\n", empty)
            + "\n");
    assertWithMessage("queries of the dashboards and docs that returned no data: %s", empty)
        .that(empty)
        .isEmpty();
  }

  @Test
  @Order(7)
  void tenThousandUnknownPathsLeaveTheSeriesUnchanged() throws Exception {
    // The first unknown path creates the unmatched series; the flood must create none.
    get(GATEWAY, "/warm-up/unknown");
    Exposition before = Exposition.scrape(HTTP, GATEWAY);
    double unmatchedBefore = before.sum("mastertrade_http_requests_total", "route=\"unmatched\"");

    Random random = new Random(5);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      paths.add("/" + Long.toHexString(random.nextLong()) + "/" + Integer.toHexString(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (String path : paths) {
        statuses.add(pool.submit(() -> get(GATEWAY, path)));
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(404);
      }
    } finally {
      pool.shutdownNow();
    }

    Exposition after = Exposition.scrape(HTTP, GATEWAY);
    assertThat(after.samples.keySet()).isEqualTo(before.samples.keySet());
    assertThat(after.sum("mastertrade_http_requests_total", "route=\"unmatched\""))
        .isEqualTo(unmatchedBefore + 10_000);
    assertThat(after.sum("mastertrade_label_overflow_total"))
        .isEqualTo(before.sum("mastertrade_label_overflow_total"));
  }

  @Test
  @Order(8)
  void aRetriedOrderWithItsIdempotencyKeyIsPlacedOnce() throws Exception {
    Orders orders = new Orders(HTTP, GATEWAY, authorized());
    Orders.Order order = new Orders.Order("retry-" + System.nanoTime(), "ETHUSDT", "BUY", 0.0123);
    Orders.Answer first = orders.send(order);
    assertWithMessage(first.body()).that(first.status()).isEqualTo(201);
    Orders.Answer retry = orders.send(order);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());

    // Five clients retrying at once: one order, five times its first answer.
    Orders.Order racing = new Orders.Order("race-" + System.nanoTime(), "ETHUSDT", "SELL", 0.0124);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<Orders.Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        answers.add(pool.submit(() -> orders.send(racing)));
      }
      Set<Long> ids = new TreeSet<>();
      for (Future<Orders.Answer> answer : answers) {
        assertThat(answer.get().status()).isEqualTo(201);
        ids.add(answer.get().orderId());
      }
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }

    // The same key for another order is refused, and places nothing.
    Orders.Answer reused = orders.send(new Orders.Order(order.key(), "ETHUSDT", "BUY", 0.0125));
    assertThat(reused.status()).isEqualTo(422);
    try (Connection db = postgres()) {
      assertThat(Orders.persisted(db, order).keySet()).containsExactly(first.orderId());
      assertThat(Orders.persisted(db, racing)).hasSize(1);
      assertThat(Orders.persisted(db, new Orders.Order("", "ETHUSDT", "BUY", 0.0125))).isEmpty();
    }
  }

  @Test
  @Order(9)
  void aMalformedEventIsDeadLetteredAndCounted() throws Exception {
    String queue = "risk_manager.fills";
    double before =
        Exposition.scrape(HTTP, Stack.PORTS.get("risk_manager"))
            .sum(
                "mastertrade_rabbitmq_messages_consumed_total",
                "queue=\"" + queue + "\"",
                "outcome=\"dead_lettered\"");
    long deadBefore =
        DeadLetters.publishMalformed(infrastructure.rabbitMq.port(), "order.filled", queue);
    Eventually.await(
        "the malformed fill is in " + queue + ".dead and counted",
        Duration.ofSeconds(20),
        () ->
            DeadLetters.depth(infrastructure.rabbitMq.port(), queue + ".dead") == deadBefore + 1
                && Exposition.scrape(HTTP, Stack.PORTS.get("risk_manager"))
                        .sum(
                            "mastertrade_rabbitmq_messages_consumed_total",
                            "queue=\"" + queue + "\"",
                            "outcome=\"dead_lettered\"")
                    == before + 1);
    // The operator's tool shows it where it lies, with the reason RabbitMQ recorded.
    String shown = stack.runTool("dead-letters.sh", "show", queue, "1000");
    assertThat(shown).contains(queue + ": " + (deadBefore + 1) + " dead letter(s)");
    assertThat(shown).contains("\trejected\t1\t{\"orderId\": \"not a number\"");
    assertThat(DeadLetters.depth(infrastructure.rabbitMq.port(), queue + ".dead"))
        .isEqualTo(deadBefore + 1);
  }

  @Test
  @Order(10)
  void afterARestartTheExecutorRiskAndAlertsSayWhatTheDatabaseSays() throws Exception {
    // The exposure breach of the orders above stands: a restarted risk manager must know it.
    double exposureBreaches = exposureBreaches();
    assertThat(exposureBreaches).isAtLeast(1.0);
    for (String service : List.of("order_executor", "alert_system", "risk_manager")) {
      stack.stopService(service);
      stack.startService(service);
    }
    int risk = Stack.PORTS.get("risk_manager");
    Eventually.await(
        "the restarted risk manager evaluated its limits",
        Duration.ofSeconds(30),
        () -> JSON.readTree(getBody(risk, "/risk")).path("exposureUsd").size() > 0);
    Thread.sleep(2_000);
    assertThat(JSON.readTree(getBody(risk, "/risk")).path("breached").path("EXPOSURE").asBoolean())
        .isTrue();
    assertWithMessage("exposure breaches stored after the restart")
        .that(exposureBreaches())
        .isEqualTo(exposureBreaches);
    // The strategy trades on: compare with two equal reads of the database around the view.
    Eventually.await(
        "/portfolio equals the accounts in PostgreSQL",
        Duration.ofSeconds(30),
        () -> {
          try (Connection db = postgres()) {
            Map<String, StoredPortfolio.Account> before = StoredPortfolio.read(db);
            JsonNode portfolio = JSON.readTree(getBody(EXECUTOR, "/portfolio"));
            String differences = StoredPortfolio.differences(portfolio, StoredPortfolio.read(db));
            return differences.isEmpty()
                && StoredPortfolio.differences(portfolio, before).isEmpty();
          }
        });
    Eventually.await(
        "the open-position gauges equal the open positions in PostgreSQL",
        Duration.ofSeconds(15),
        () -> openPositionsServed().equals(openPositionsStored()));
    Eventually.await(
        "the active-alert gauges equal the unresolved alerts in PostgreSQL",
        Duration.ofSeconds(15),
        () ->
            Exposition.scrape(HTTP, Stack.PORTS.get("alert_system"))
                    .sum("mastertrade_alerts_active")
                == unresolvedAlertTypes());
  }

  @Test
  @Order(11)
  void outagesOfEachServerLoseNoOrderAndEveryFailureIsCounted() throws Exception {
    ServiceLogs logs = new ServiceLogs(stack, List.copyOf(Stack.PORTS.keySet()));
    OutageDrill drill =
        new OutageDrill(
            HTTP, new Orders(HTTP, GATEWAY, authorized()), logs, Stack.PORTS.values(), GATEWAY);
    List<OutageDrill.Report> reports = new ArrayList<>();
    for (TcpProxy proxy : infrastructure.proxies()) {
      OutageDrill.Report report = drill.run(proxy, Duration.ofSeconds(20));
      reports.add(report);
      // Printed for the test report (target/failsafe-reports/*-output.txt) and the notes.
      System.out.println(report.line());
    }
    Files.writeString(
        Stack.repositoryRoot().resolve("services/target/e2e-stack/outages.txt"),
        String.join("\n", reports.stream().map(OutageDrill.Report::line).toList()) + "\n");
    for (OutageDrill.Report report : reports) {
      assertWithMessage("%s: orders lost", report.server()).that(report.lost()).isEmpty();
      assertWithMessage("%s: orders duplicated", report.server())
          .that(report.duplicated())
          .isEqualTo(0);
      assertWithMessage("%s: 201 answers not in PostgreSQL", report.server())
          .that(report.notDurable())
          .isEmpty();
      assertThat(report.persisted()).isEqualTo(report.sent());
      report
          .failures()
          .forEach(
              (kind, pair) ->
                  assertWithMessage("%s: %s failures counted vs logged", report.server(), kind)
                      .that(pair[0])
                      .isEqualTo(pair[1]));
      assertWithMessage("%s: gateway 5xx counted vs answered", report.server())
          .that(report.gateway5xxCounted())
          .isEqualTo(report.gateway5xxSeen());
      // Recovered: an order placed again and the events up to its fill published; -1 if not
      // within 30 s.
      assertWithMessage("%s: recovery time (s)", report.server())
          .that(report.recoverySeconds())
          .isIn(Range.closed(0.0, 10.0));
    }
    // Each cut made its server's failures show.
    assertThat(reports.get(0).failures().get("database")[0]).isGreaterThan(0.0);
    assertThat(reports.get(1).failures().get("cache")[0]).isGreaterThan(0.0);
    assertThat(reports.get(2).failures().get("publish")[0]).isGreaterThan(0.0);
  }

  private static Map<String, Double> openPositionsServed() throws Exception {
    Map<String, Double> served = new java.util.TreeMap<>();
    for (Map.Entry<String, Double> sample : Exposition.scrape(HTTP, EXECUTOR).samples.entrySet()) {
      if (sample.getKey().startsWith("mastertrade_active_positions{")) {
        String key = sample.getKey();
        int start = key.indexOf("strategy=\"") + "strategy=\"".length();
        served.put(key.substring(start, key.indexOf('"', start)), sample.getValue());
      }
    }
    return served;
  }

  private static Map<String, Double> openPositionsStored() throws Exception {
    Map<String, Double> stored = new java.util.TreeMap<>();
    try (Connection db = postgres();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT strategy, count(*) FILTER (WHERE quantity <> 0) FROM positions GROUP BY 1");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        stored.put(rows.getString(1), (double) rows.getLong(2));
      }
    }
    return stored;
  }

  private static double exposureBreaches() throws Exception {
    try (Connection db = postgres();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT count(*) FROM risk_breaches WHERE limit_name = 'EXPOSURE'")) {
      return count(select);
    }
  }

  private static double unresolvedAlertTypes() throws Exception {
    try (Connection db = postgres();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT count(DISTINCT type) FROM alerts WHERE resolved_at IS NULL")) {
      return count(select);
    }
  }

  /** A GET of an internal service, with the internal credential it requires. */
  private static String getBody(int port, String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + internalCredential)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** The headers of a gateway client: the stack's API key. */
  private static Map<String, String> authorized() {
    return Map.of("Authorization", "Bearer " + apiKey);
  }

  /**
   * After the traffic and the outage drills, every service's {@code /metrics}, in OpenMetrics and
   * in the text format, matches the schema snapshot, and together they expose every declared
   * metric. The report (per service: coverage, series, open labels at their bound) is written to
   * {@code services/target/e2e-stack/live-check.txt}.
   */
  @Test
  @Order(12)
  void everyServiceConformsToTheSchemaAndTogetherTheyCoverIt() throws Exception {
    Path root = Stack.repositoryRoot();
    ConformanceReport openMetrics =
        LiveConformance.check(root, Stack.PORTS, ExpositionFormat.OPENMETRICS);
    ConformanceReport text =
        LiveConformance.check(root, Stack.PORTS, ExpositionFormat.PROMETHEUS_TEXT);
    String report = ConformanceTextWriter.write(openMetrics);
    Files.writeString(root.resolve("services/target/e2e-stack/live-check.txt"), report);

    assertWithMessage(report).that(openMetrics.mismatchCount()).isEqualTo(0);
    assertWithMessage(ConformanceTextWriter.write(text)).that(text.mismatchCount()).isEqualTo(0);
    assertWithMessage("declared metrics that no service exposes:\n%s", report)
        .that(openMetrics.notExposedAnywhere())
        .isEmpty();
  }

  @Test
  @Order(13)
  void aStoppedServiceIsDownInPrometheus() throws Exception {
    stack.stopService("alert_system");
    Eventually.await(
        "up == 0 for alert_system",
        Duration.ofSeconds(60),
        () -> prometheus.query("up{job=\"alert_system\"} == 0").size() == 1);
    assertThat(prometheus.query("up == 1").size()).isEqualTo(5);
    // The generated ServiceDown rule: its expression selects the stopped service, and the alert
    // is pending (its `for` duration is covered by the rule tests).
    String expression = null;
    for (JsonNode group : prometheus.get("/api/v1/rules").path("data").path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        if (rule.path("name").asText().equals("ServiceDown")) {
          expression = rule.path("query").asText();
        }
      }
    }
    assertWithMessage("the ServiceDown rule is loaded").that(expression).isNotNull();
    List<String> down = new ArrayList<>();
    for (JsonNode series : prometheus.query(expression)) {
      down.add(series.path("metric").path("job").asText());
    }
    assertThat(down).containsExactly("alert_system");
    Eventually.await(
        "ServiceDown pending for alert_system",
        Duration.ofSeconds(30),
        () -> serviceDownAlerted("alert_system"));
  }

  private static boolean serviceDownAlerted(String job) throws Exception {
    for (JsonNode alert : prometheus.get("/api/v1/alerts").path("data").path("alerts")) {
      if (alert.path("labels").path("alertname").asText().equals("ServiceDown")
          && alert.path("labels").path("job").asText().equals(job)) {
        return true;
      }
    }
    return false;
  }

  private static HttpResponse<String> postOrder(String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GATEWAY + "/api/orders"))
            .header("Authorization", "Bearer " + apiKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int get(int port, String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static long count(PreparedStatement select) throws Exception {
    try (ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static long lastOrderId() throws Exception {
    try (Connection db = postgres()) {
      try (PreparedStatement exists = db.prepareStatement("SELECT to_regclass('orders')");
          ResultSet rows = exists.executeQuery()) {
        if (!rows.next() || rows.getString(1) == null) {
          return 0;
        }
      }
      try (PreparedStatement select =
          db.prepareStatement("SELECT coalesce(max(id), 0) FROM orders")) {
        return count(select);
      }
    }
  }

  private static Connection postgres() throws Exception {
    return Infrastructure.database();
  }
}
