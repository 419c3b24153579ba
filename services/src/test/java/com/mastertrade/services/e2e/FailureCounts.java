package com.mastertrade.services.e2e;

import java.net.http.HttpClient;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The failures of one kind, as the services count them (a counter family summed over all six {@code
 * /metrics}) and as they log them (marker lines in their logs): every failure a service logs must
 * be counted, and nothing counted that was not logged.
 */
final class FailureCounts {
  /** One kind of failure: its counter family (and labels), and its log marker. */
  record Kind(String name, String family, String[] labels, String marker, Pattern amount) {
    static Kind lines(String name, String family, String marker, String... labels) {
      return new Kind(name, family, labels, marker, null);
    }
  }

  static final Kind DATABASE =
      Kind.lines("database", "mastertrade_db_query_errors_total", "database call failed");
  static final Kind CACHE =
      Kind.lines("cache", "mastertrade_cache_operation_errors_total", "cache call failed");
  static final Kind PUBLISH =
      new Kind(
          "publish",
          "mastertrade_rabbitmq_publish_failures_total",
          new String[0],
          "publish failed",
          Pattern.compile("publish failed: (\\d+) message"));
  static final Kind RETRIED =
      Kind.lines(
          "message retried",
          "mastertrade_rabbitmq_messages_consumed_total",
          "failed, retry",
          "outcome=\"retried\"");
  static final Kind DEAD_LETTERED =
      Kind.lines(
          "message dead-lettered",
          "mastertrade_rabbitmq_messages_consumed_total",
          "dead-lettering",
          "outcome=\"dead_lettered\"");

  static final Kind[] ALL = {DATABASE, CACHE, PUBLISH, RETRIED, DEAD_LETTERED};

  private FailureCounts() {}

  /** Every kind's counter, summed over the services on {@code ports}. */
  static Map<Kind, Double> counted(HttpClient http, Collection<Integer> ports) throws Exception {
    Map<Kind, Double> totals = new LinkedHashMap<>();
    for (int port : ports) {
      Exposition exposition = Exposition.scrape(http, port);
      for (Kind kind : ALL) {
        totals.merge(kind, exposition.sum(kind.family(), kind.labels()), Double::sum);
      }
    }
    return totals;
  }

  /** Every kind's log lines (or the amounts they state) since the logs' mark. */
  static Map<Kind, Long> logged(ServiceLogs logs) throws Exception {
    Map<Kind, Long> totals = new LinkedHashMap<>();
    for (Kind kind : ALL) {
      totals.put(kind, kind.amount() == null ? logs.count(kind.marker()) : logs.sum(kind.amount()));
    }
    return totals;
  }
}
