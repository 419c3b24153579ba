package com.mastertrade.services.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Range;
import com.mastertrade.metrics.evolution.live.ConformanceReport;
import com.mastertrade.metrics.evolution.live.ConformanceTextWriter;
import com.mastertrade.metrics.evolution.live.ExpositionFormat;
import com.mastertrade.metrics.evolution.live.ServiceConformance;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
            root, Stack.directory(root, "e2e-stack"), infrastructure.serviceEnvironment());
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
    // The exposure breach may come before Prometheus' first scrape of the risk manager, so its
    // counter's first sample is already 1: the alert must fire on such a new series too.
    Eventually.await(
        "RiskLimitBreach of the exposure limit stored by the alert system from Alertmanager",
        Duration.ofSeconds(90),
        () -> alerts.received("RiskLimitBreach", "limit=exposure").isPresent());
    JsonNode stored = alerts.received("RiskLimitBreach", "limit=exposure").orElseThrow();
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
            alerts.received("ServiceDown", "job=e2e_probe_down").isPresent()
                && alerts.received("GatewayLatencyFastBurn", "job=e2e_probe_slo").isPresent());
    // Group waits are a second in the stack: an inhibited alert would have arrived by now.
    Thread.sleep(5_000);
    assertThat(alerts.received("HighErrorRate", "job=e2e_probe_down")).isEmpty();
    assertThat(alerts.received("GatewayLatencySlowBurn", "job=e2e_probe_slo")).isEmpty();
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
    Set<String> queries = GeneratedQueries.servedByTheStack(Stack.repositoryRoot());
    assertWithMessage("the generated dashboards and docs hold queries").that(queries).isNotEmpty();
    List<String> empty = QueryCoverage.empty(prometheus, queries, Duration.ofSeconds(30));
    // Failure counters and the 5xx series exist at 0 from the first attempt, so even a query
    // over failures returns data while nothing fails.
    Files.writeString(
        stack.reportFile("queries.txt"),
        (queries.size() - empty.size())
            + " of "
            + queries.size()
            + " queries returned data; empty:\n"
            + String.join("\n", empty)
            + "\n");
    assertWithMessage("queries of the dashboards and docs that returned no data: %s", empty)
        .that(empty)
        .isEmpty();

    // The SLO panels and every recorded SLO series show numbers: a window without events spends
    // no budget, where a ratio of rates would be 0/0.
    Set<String> slo = new LinkedHashSet<>();
    GeneratedQueries.ofDashboard(Stack.repositoryRoot(), "mastertrade-slos.json").stream()
        .filter(queries::contains)
        .forEach(slo::add);
    slo.add("{__name__=~\"slo:.+\"}");
    List<String> notANumber = new ArrayList<>();
    for (String query : slo) {
      for (JsonNode sample : prometheus.query(query)) {
        String value = sample.path("value").path(1).asText();
        if (value.equals("NaN") || value.endsWith("Inf")) {
          notANumber.add(query + " " + sample.path("metric") + " = " + value);
        }
      }
    }
    assertWithMessage("SLO queries that returned NaN or an infinity").that(notANumber).isEmpty();
  }

  /**
   * The gateway latency SLO reads the histogram the stack's Prometheus ingests: the native one on
   * 3.5 ({@code histogram_fraction} at 0.25), the classic buckets on 2.42; either way its SLI and
   * event rate return data from the gateway's requests.
   */
  @Test
  @Order(6)
  void theGatewayLatencySliReadsTheHistogramTheServerIngests() throws Exception {
    String sli = null;
    for (JsonNode group : prometheus.get("/api/v1/rules").path("data").path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        if (group.path("name").asText().equals("slo_gateway_latency")
            && rule.path("name").asText().equals("slo:sli_error:ratio_rate5m")) {
          sli = rule.path("query").asText();
        }
      }
    }
    assertWithMessage("the gateway latency SLI is loaded").that(sli).isNotNull();
    if (Stack.prometheus3()) {
      assertThat(sli).contains("histogram_fraction(0, 0.25, ");
      assertThat(sli).doesNotContain("_bucket");
    } else {
      assertThat(sli).contains("mastertrade_http_request_duration_seconds_bucket");
    }
    String events = "slo:sli_events:rate5m{slo=\"gateway_latency\"} > 0";
    String ratio = "slo:sli_error:ratio_rate5m{slo=\"gateway_latency\"}";
    // A request the gateway serves on every poll, with the stack's key: one refused for want of
    // a key is counted by access control, not timed by the request duration the SLO reads; and a
    // route's series is born with its first request, which a rate cannot see.
    HttpRequest portfolio =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GATEWAY + "/api/portfolio"))
            .header("Authorization", "Bearer " + apiKey)
            .build();
    assertThat(HTTP.send(portfolio, HttpResponse.BodyHandlers.discarding()).statusCode())
        .isEqualTo(200);
    Eventually.await(
        "the gateway latency SLO records events and its SLI",
        Duration.ofSeconds(60),
        () -> {
          HTTP.send(portfolio, HttpResponse.BodyHandlers.discarding());
          return !prometheus.query(events).isEmpty() && !prometheus.query(ratio).isEmpty();
        });
    Files.writeString(
        stack.reportFile("gateway-latency-slo.txt"),
        (Stack.prometheus3() ? "Prometheus 3.5, native histogram" : "Prometheus 2.42, classic")
            + "\n"
            + sli
            + "\n"
            + events
            + " = "
            + prometheus.query(events)
            + "\n"
            + ratio
            + " = "
            + prometheus.query(ratio)
            + "\n");
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

  /**
   * The answer to an order's COMMIT lost on its way back from PostgreSQL (the proxy forwards the
   * commit and drops the answer): the client gets 503 and retries with its key (201, replayed);
   * more orders; a restart of the executor. After each step the positions equal the sum of the
   * fills and {@code /portfolio} equals PostgreSQL. The table is written to {@code
   * commit-loss.txt} in the stack directory.
   */
  @Test
  @Order(10)
  void aLostCommitAnswerLeavesTheBooksAsPostgresHasThem() throws Exception {
    TcpProxy postgresProxy = infrastructure.postgres;
    Orders orders = new Orders(HTTP, GATEWAY, authorized());
    List<String> table = new ArrayList<>();
    List<Orders.Order> sent = new ArrayList<>();
    int created = 0;

    Orders.Order first = new Orders.Order("loss-a-" + System.nanoTime(), "SOLUSDT", "BUY", 0.01000001);
    sent.add(first);
    created += orders.send(first).placed() ? 1 : 0;

    // The strategy's own orders commit too: the loss may strike one of them first, which is a
    // signal's order lost the same way (its redelivery is answered by replay).
    int signalsStruck = 0;
    Orders.Order lost = null;
    Orders.Answer lostAnswer = null;
    for (int attempt = 0; attempt < 5 && lost == null; attempt++) {
      int before = postgresProxy.commitAnswersLost();
      postgresProxy.loseNextOrderCommitAnswer();
      Orders.Order order =
          new Orders.Order("loss-b-" + System.nanoTime(), "SOLUSDT", "SELL", 0.02000003 + attempt * 1e-8);
      sent.add(order);
      Orders.Answer answer = orders.send(order);
      created += answer.placed() ? 1 : 0;
      Eventually.await(
          "the commit's answer was lost", Duration.ofSeconds(10),
          () -> postgresProxy.commitAnswersLost() > before);
      if (answer.status() == 503) {
        lost = order;
        lostAnswer = answer;
      } else {
        signalsStruck++;
      }
    }
    assertWithMessage("an order whose commit answer was lost").that(lost).isNotNull();
    assertWithMessage(lostAnswer.body()).that(lostAnswer.body()).contains(
        "retry with the same Idempotency-Key");
    table.add(drillLine("commit answer lost", sent, created, signalsStruck));

    Orders.Answer retried = orders.send(lost);
    assertWithMessage(retried.body()).that(retried.status()).isEqualTo(201);
    created++;
    table.add(drillLine("retried with its key", sent, created, signalsStruck));

    for (double quantity : new double[] {0.01000007, 0.00000011, 0.03000009, 0.00000013}) {
      Orders.Order more = new Orders.Order("loss-c-" + System.nanoTime(), "SOLUSDT", "SELL", quantity);
      sent.add(more);
      Orders.Answer answer = orders.send(more);
      assertWithMessage(answer.body()).that(answer.status()).isEqualTo(201);
      created++;
    }
    table.add(drillLine("four more orders", sent, created, signalsStruck));

    stack.stopService("order_executor");
    stack.startService("order_executor");
    table.add(drillLine("executor restarted", sent, created, signalsStruck));

    Files.writeString(
        stack.reportFile("commit-loss.txt"),
        String.join("\n", table) + "\n");
    table.forEach(System.out::println);
  }

  /**
   * One row of the commit-loss table after the step {@code step}, once its checks passed: every
   * order sent is persisted once, the positions equal the fills and /portfolio equals PostgreSQL.
   */
  private static String drillLine(
      String step, List<Orders.Order> sent, int created, int signalsStruck) throws Exception {
    int persisted = 0;
    int duplicated = 0;
    List<String> missing = new ArrayList<>();
    try (Connection db = postgres()) {
      for (Orders.Order order : sent) {
        int copies = Orders.persisted(db, order).size();
        persisted += Math.min(copies, 1);
        duplicated += Math.max(copies - 1, 0);
        if (copies == 0) {
          missing.add(order.key());
        }
      }
    }
    assertWithMessage("%s: orders duplicated", step).that(duplicated).isEqualTo(0);
    assertWithMessage("%s: orders not persisted", step).that(missing).isEmpty();
    String books = booksAgreeWithPostgres(step);
    return String.format(
        Locale.ROOT,
        "commit loss, %-22s sent %d, 201 %d, persisted %d, duplicated %d, not persisted %d"
            + " (%s), signal orders struck %d; %s",
        step + ":",
        sent.size(),
        created,
        persisted,
        duplicated,
        missing.size(),
        String.join(" ", missing),
        signalsStruck,
        books);
  }

  /**
   * Asserts that every stored position is the sum of its fills and that /portfolio equals
   * PostgreSQL (two equal reads around the view: the strategy trades on), and says so.
   */
  private static String booksAgreeWithPostgres(String step) throws Exception {
    Books.Check books;
    try (Connection db = postgres()) {
      books = Books.positionsAgainstFills(db);
    }
    assertWithMessage("%s: %s", step, books.line()).that(books.equal()).isTrue();
    Eventually.await(
        step + ": /portfolio equals the accounts in PostgreSQL",
        Duration.ofSeconds(30),
        () -> {
          try (Connection db = postgres()) {
            Map<String, StoredPortfolio.Account> before = StoredPortfolio.read(db);
            JsonNode portfolio = JSON.readTree(getBody(EXECUTOR, "/portfolio"));
            return StoredPortfolio.differences(portfolio, StoredPortfolio.read(db)).isEmpty()
                && StoredPortfolio.differences(portfolio, before).isEmpty();
          }
        });
    return books.line() + ", /portfolio = PostgreSQL";
  }

  @Test
  @Order(11)
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
  @Order(12)
  void outagesOfEachServerLoseNoOrderAndEveryFailureIsCounted() throws Exception {
    ServiceLogs logs = new ServiceLogs(stack, List.copyOf(Stack.PORTS.keySet()));
    OutageDrill drill =
        new OutageDrill(
            HTTP, new Orders(HTTP, GATEWAY, authorized()), logs, Stack.PORTS.values(), GATEWAY);
    List<OutageDrill.Report> reports = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (TcpProxy proxy : infrastructure.proxies()) {
      OutageDrill.Report report = drill.run(proxy, Duration.ofSeconds(20));
      reports.add(report);
      String line = report.line() + "; " + booksAgreeWithPostgres("cut " + report.server());
      lines.add(line);
      // Printed for the test report (target/failsafe-reports/*-output.txt) and the notes.
      System.out.println(line);
    }
    Files.writeString(
        stack.reportFile("outages.txt"),
        String.join("\n", lines) + "\n");
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
    // Orders kept being filled through the Redis cut, on prices read from PostgreSQL.
    OutageDrill.Report redis = reports.get(1);
    assertWithMessage("orders placed during the Redis cut (%s)", redis.line())
        .that(redis.created())
        .isEqualTo(redis.sent());
    assertWithMessage("the executor's prices read from PostgreSQL")
        .that(
            Exposition.scrape(HTTP, EXECUTOR)
                .sum("mastertrade_cache_fallbacks_total", "cache=\"prices\""))
        .isGreaterThan(0.0);
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
   * {@code live-check.txt} in the stack directory.
   */
  @Test
  @Order(13)
  void everyServiceConformsToTheSchemaAndTogetherTheyCoverIt() throws Exception {
    Path root = Stack.repositoryRoot();
    ConformanceReport openMetrics =
        LiveConformance.check(root, Stack.PORTS, ExpositionFormat.OPENMETRICS);
    ConformanceReport text =
        LiveConformance.check(root, Stack.PORTS, ExpositionFormat.PROMETHEUS_TEXT);
    String report = ConformanceTextWriter.write(openMetrics);
    Files.writeString(stack.reportFile("live-check.txt"), report);

    assertWithMessage(report).that(openMetrics.mismatchCount()).isEqualTo(0);
    assertWithMessage(ConformanceTextWriter.write(text)).that(text.mismatchCount()).isEqualTo(0);
    assertWithMessage("declared metrics that no service exposes:\n%s", report)
        .that(openMetrics.notExposedAnywhere())
        .isEmpty();
    // The orders placed so far were traced: their latency carries exemplars, and the check
    // above found them only where the schema declares them.
    assertWithMessage("exemplars in the gateway's OpenMetrics:\n%s", report)
        .that(
            openMetrics.services().stream()
                .filter(service -> service.service().equals("api_gateway"))
                .mapToLong(ServiceConformance::exemplars)
                .sum())
        .isGreaterThan(0L);
  }

  @Test
  @Order(14)
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

  @Test
  @Order(14)
  void anOrderIsOneTraceFromTheGatewayThroughRabbitMqAndItsLatencyLinksToIt() throws Exception {
    ZipkinApi zipkin = new ZipkinApi(HTTP, stack.zipkinUrl());
    long start = System.currentTimeMillis() / 1000 - 1;
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> response =
          postOrder("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":0.001}");
      assertWithMessage(response.body()).that(response.statusCode()).isEqualTo(201);
      // Beyond client_java's exemplar sample interval (90 ms): each order may leave one.
      Thread.sleep(150);
    }
    long end = System.currentTimeMillis() / 1000 + 1;
    String exemplars = Exposition.openMetrics(HTTP, GATEWAY);
    long perScrape = exemplars.lines().filter(line -> line.contains(" # {")).count();
    System.out.println("exemplars in one scrape of the gateway: " + perScrape);

    // The orders' latency exemplars, as Grafana asks Prometheus for them.
    String selector =
        "mastertrade_http_request_duration_seconds_bucket{job=\"api_gateway\",method=\"POST\","
            + "route=\"/api/orders\"}";
    Set<String> traceIds = new TreeSet<>();
    Eventually.await(
        "Prometheus stored exemplars of the orders' latency",
        Duration.ofSeconds(30),
        () -> {
          traceIds.addAll(prometheus.exemplarTraceIds(selector, start, end));
          return !traceIds.isEmpty();
        });
    System.out.println("trace ids among the orders' latency exemplars: " + traceIds);
    for (String traceId : traceIds) {
      Eventually.await(
          "trace " + traceId + " in Zipkin with the gateway, the executor and the risk manager",
          Duration.ofSeconds(30),
          () ->
              ZipkinApi.services(zipkin.trace(traceId))
                  .containsAll(List.of("api_gateway", "order_executor", "risk_manager")));
      JsonNode trace = zipkin.trace(traceId);
      System.out.println(
          "trace "
              + traceId
              + ": "
              + trace.size()
              + " spans of "
              + ZipkinApi.services(trace)
              + ", "
              + ZipkinApi.durationMicros(trace)
              + " us, database systems "
              + ZipkinApi.databaseSystems(trace));
      // The executor reads the price from Redis and writes the order to PostgreSQL in the trace.
      assertWithMessage("database systems in trace " + traceId)
          .that(ZipkinApi.databaseSystems(trace))
          .containsAtLeast("postgresql", "redis");
    }

    // The strategy's own orders: a signal, its order, the fill and the risk update are one trace
    // through RabbitMQ, begun by the strategy.
    Eventually.await(
        "a trace of the strategy with the order executor and the risk manager",
        Duration.ofSeconds(60),
        () -> {
          for (JsonNode trace : zipkin.traces("strategy_service", 600_000, 50)) {
            if (ZipkinApi.services(trace)
                .containsAll(List.of("strategy_service", "order_executor", "risk_manager"))) {
              System.out.println(
                  "strategy signal trace: "
                      + trace.size()
                      + " spans of "
                      + ZipkinApi.services(trace)
                      + ", "
                      + ZipkinApi.durationMicros(trace)
                      + " us");
              return true;
            }
          }
          return false;
        });

    // A refused order, in a trace the client began: the executor's refusal is an error span.
    String failedTrace = "4bf92f3577b34da6a3ce929d0e0e4736".substring(0, 24)
        + String.format(java.util.Locale.ROOT, "%08x", System.nanoTime() & 0xffffffffL);
    HttpResponse<String> refused =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GATEWAY + "/api/orders"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + failedTrace + "-00f067aa0ba902b7-01")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"symbol\":\"SOLUSDT\",\"side\":\"BUY\",\"quantity\":100000}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(422);
    // Each service reports its spans in its own batch, so the executor's may arrive after the
    // gateway's error span.
    Eventually.await(
        "the refused order's trace has an error span and spans of the gateway and the executor",
        Duration.ofSeconds(30),
        () -> {
          JsonNode trace = zipkin.trace(failedTrace);
          return ZipkinApi.hasErrorSpan(trace)
              && ZipkinApi.services(trace).containsAll(List.of("api_gateway", "order_executor"));
        });

    // The trace backend dies: orders still succeed and their metrics still count; the spans are
    // dropped and counted; a service restarted meanwhile starts without it.
    stack.stopService("zipkin");
    double droppedBefore =
        Exposition.scrape(HTTP, GATEWAY).sum("mastertrade_service_trace_spans_total", "outcome=\"dropped\"");
    double ordersBefore =
        Exposition.scrape(HTTP, GATEWAY)
            .sum("mastertrade_http_requests_total", "route=\"/api/orders\"", "status=\"2xx\"");
    stack.stopService("order_executor");
    stack.startService("order_executor");
    for (int i = 0; i < 3; i++) {
      assertThat(
              postOrder("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":0.001}")
                  .statusCode())
          .isEqualTo(201);
    }
    assertThat(
            Exposition.scrape(HTTP, GATEWAY)
                .sum("mastertrade_http_requests_total", "route=\"/api/orders\"", "status=\"2xx\""))
        .isEqualTo(ordersBefore + 3);
    Eventually.await(
        "the gateway dropped and counted the spans Zipkin could not take",
        Duration.ofSeconds(30),
        () ->
            Exposition.scrape(HTTP, GATEWAY)
                    .sum("mastertrade_service_trace_spans_total", "outcome=\"dropped\"")
                > droppedBefore);
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
