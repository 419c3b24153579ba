package com.mastertrade.services.e2e;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One outage: a server cut off through its proxy for a while and restored, with orders placed
 * through the gateway all along, then retried with their keys until answered. It measures what the
 * report of an outage states; the test asserts on it.
 */
final class OutageDrill {
  private static final Duration PAUSE = Duration.ofMillis(250);
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
  private static final Duration DRAIN_POLL = Duration.ofMillis(50);

  private final HttpClient http;
  private final Orders orders;
  private final ServiceLogs logs;
  private final Collection<Integer> ports;
  private final int gatewayPort;
  private int sequence;

  OutageDrill(
      HttpClient http,
      Orders orders,
      ServiceLogs logs,
      Collection<Integer> ports,
      int gatewayPort) {
    this.http = http;
    this.orders = orders;
    this.logs = logs;
    this.ports = ports;
    this.gatewayPort = gatewayPort;
  }

  /** What one outage did. */
  record Report(
      String server,
      int sent,
      int created,
      int persisted,
      int duplicated,
      List<String> lost,
      List<String> notDurable,
      Map<String, double[]> failures,
      long gateway5xxCounted,
      long gateway5xxSeen,
      double recoverySeconds,
      String probes,
      String refusals) {
    String line() {
      StringBuilder kinds = new StringBuilder();
      failures.forEach(
          (kind, pair) ->
              kinds.append(String.format(Locale.ROOT, " %s %.0f/%.0f;", kind, pair[0], pair[1])));
      return String.format(
          Locale.ROOT,
          "cut %-8s 20 s: orders sent %d, 201 during the cut %d, persisted %d, duplicated %d,"
              + " lost %d; failures counted/logged:%s gateway 5xx counted %d / answered %d;"
              + " recovery %.1f s (probes:%s); first answers other than 201:%s",
          server,
          sent,
          created,
          persisted,
          duplicated,
          lost.size(),
          kinds,
          gateway5xxCounted,
          gateway5xxSeen,
          recoverySeconds,
          probes,
          refusals);
    }
  }

  Report run(TcpProxy proxy, Duration cut) throws Exception {
    quiet();
    logs.mark();
    Map<FailureCounts.Kind, Double> countedBefore = FailureCounts.counted(http, ports);
    double gateway5xxBefore = gateway5xx();
    Map<Orders.Order, Orders.Answer> first = new LinkedHashMap<>();
    long seen5xx = 0;

    proxy.cut();
    long end = System.nanoTime() + cut.toNanos();
    try {
      while (System.nanoTime() < end) {
        Orders.Order order = next();
        Orders.Answer answer = orders.send(order);
        first.put(order, answer);
        seen5xx += answer.status() / 100 == 5 ? 1 : 0;
        Thread.sleep(PAUSE.toMillis());
      }
    } finally {
      proxy.restore();
    }
    long restored = System.nanoTime();

    // Recovered: a new order is placed, and the events up to its fill are published.
    double recovery = -1;
    StringBuilder probes = new StringBuilder();
    while (System.nanoTime() - restored < RECOVERY_LIMIT.toNanos()) {
      long sent = System.nanoTime();
      Orders.Answer probe = orders.send(next());
      if (probes.length() < 200) {
        probes.append(
            String.format(
                Locale.ROOT, " %d@%.1fs", probe.status(), (System.nanoTime() - sent) / 1e9));
      }
      seen5xx += probe.status() / 100 == 5 ? 1 : 0;
      if (probe.placed()) {
        // The events up to the probe's own fill are published: sending nothing more, since the
        // executor keeps adding events of its own trades, which a drained outbox would race.
        long upTo = lastOutboxEvent();
        long drainDeadline = restored + RECOVERY_LIMIT.toNanos();
        while (System.nanoTime() < drainDeadline) {
          if (pendingOutbox(upTo) == 0) {
            recovery = (System.nanoTime() - restored) / 1e9;
            break;
          }
          Thread.sleep(DRAIN_POLL.toMillis());
        }
        break;
      }
      Thread.sleep(PAUSE.toMillis());
    }

    // The client retries every order not answered 201 with its key until it is.
    Map<Orders.Order, Orders.Answer> last = new LinkedHashMap<>(first);
    for (Map.Entry<Orders.Order, Orders.Answer> entry : last.entrySet()) {
      long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
      Orders.Answer answer = entry.getValue();
      while (!answer.placed() && System.nanoTime() < deadline) {
        answer = orders.send(entry.getKey());
        seen5xx += answer.status() / 100 == 5 ? 1 : 0;
        if (!answer.placed()) {
          Thread.sleep(PAUSE.toMillis());
        }
      }
      entry.setValue(answer);
    }

    int created = 0;
    int persisted = 0;
    int duplicated = 0;
    List<String> lost = new ArrayList<>();
    List<String> notDurable = new ArrayList<>();
    try (Connection db = Infrastructure.database()) {
      for (Map.Entry<Orders.Order, Orders.Answer> entry : first.entrySet()) {
        Map<Long, Double> ids = Orders.persisted(db, entry.getKey());
        persisted += ids.isEmpty() ? 0 : 1;
        duplicated += ids.size() > 1 ? 1 : 0;
        if (ids.isEmpty()) {
          lost.add(entry.getKey().key() + " answered " + last.get(entry.getKey()).status());
        }
        if (entry.getValue().placed()) {
          created++;
          if (!ids.containsKey(entry.getValue().orderId())) {
            notDurable.add(entry.getKey().key() + " id " + entry.getValue().orderId());
          }
        }
        Orders.Answer final_ = last.get(entry.getKey());
        if (final_.placed() && !ids.containsKey(final_.orderId())) {
          notDurable.add(entry.getKey().key() + " retried, id " + final_.orderId());
        }
      }
    }

    quiet();
    Map<FailureCounts.Kind, Double> countedAfter = FailureCounts.counted(http, ports);
    Map<FailureCounts.Kind, Long> logged = FailureCounts.logged(logs);
    Map<String, double[]> failures = new LinkedHashMap<>();
    for (FailureCounts.Kind kind : FailureCounts.ALL) {
      failures.put(
          kind.name(),
          new double[] {countedAfter.get(kind) - countedBefore.get(kind), logged.get(kind)});
    }
    // The first answers other than 201 during the cut, so a failed assertion says what they were.
    StringBuilder refusals = new StringBuilder();
    first.values().stream()
        .filter(answer -> !answer.placed())
        .limit(3)
        .forEach(
            answer ->
                refusals.append(
                    String.format(
                        Locale.ROOT,
                        " %d %s;",
                        answer.status(),
                        answer.body().substring(0, Math.min(120, answer.body().length())))));
    return new Report(
        proxy.name(),
        first.size(),
        created,
        persisted,
        duplicated,
        lost,
        notDurable,
        failures,
        Math.round(gateway5xx() - gateway5xxBefore),
        seen5xx,
        recovery,
        probes.toString(),
        refusals.toString());
  }

  /** Waits until the services stop counting failures: retries scheduled earlier have run. */
  private void quiet() throws Exception {
    Map<FailureCounts.Kind, Double> previous = FailureCounts.counted(http, ports);
    for (int i = 0; i < 40; i++) {
      Thread.sleep(1_000);
      Map<FailureCounts.Kind, Double> now = FailureCounts.counted(http, ports);
      if (now.equals(previous)) {
        return;
      }
      previous = now;
    }
  }

  private double gateway5xx() throws Exception {
    return Exposition.scrape(http, gatewayPort)
        .sum("mastertrade_http_requests_total", "route=\"/api/orders\"", "status=\"5xx\"");
  }

  /** The id of the executor's latest outbox event. */
  private static long lastOutboxEvent() throws Exception {
    return number("SELECT coalesce(max(id), 0) FROM outbox WHERE service = 'order_executor'");
  }

  /** The executor's events up to id {@code upTo} not yet confirmed by RabbitMQ. */
  private static long pendingOutbox(long upTo) throws Exception {
    return number(
        "SELECT count(*) FROM outbox WHERE published_at IS NULL AND service = 'order_executor'"
            + " AND id <= ?",
        upTo);
  }

  /** The one number {@code sql} selects with {@code parameters}, on the test's database. */
  private static long number(String sql, long... parameters) throws Exception {
    try (Connection db = Infrastructure.database();
        PreparedStatement select = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setLong(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** A new order: small, alternately bought and sold, its quantity unique in the run. */
  private Orders.Order next() {
    int n = ++sequence;
    return new Orders.Order(
        "drill-" + System.nanoTime() + "-" + n,
        "BTCUSDT",
        n % 2 == 0 ? "SELL" : "BUY",
        0.001 + n * 0.00001);
  }
}
