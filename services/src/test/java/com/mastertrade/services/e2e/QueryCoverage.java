package com.mastertrade.services.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Which of the generated dashboard and doc queries return no data on a Prometheus server. */
final class QueryCoverage {
  private QueryCoverage() {}

  /**
   * The queries still empty after {@code deadline}: a rate needs two scrapes of a series, a
   * recording rule one evaluation after them, so a series born moments ago may take a few scrapes.
   */
  static List<String> empty(PrometheusApi prometheus, Collection<String> queries, Duration deadline)
      throws Exception {
    List<String> empty = new ArrayList<>(queries);
    try {
      Eventually.await(
          "every query returns data",
          deadline,
          () -> {
            empty.removeIf(query -> returnsData(prometheus, query));
            return empty.isEmpty();
          });
    } catch (AssertionError stillEmpty) {
      // The caller reports the queries left.
    }
    return empty;
  }

  /**
   * An alert-style condition ({@code up == 0}) is empty while all is well; it counts as returning
   * data when the expression it compares does.
   */
  private static String withoutThreshold(String query) {
    return query.replaceFirst("\\s*(==|!=|>=|<=|>|<)\\s*[-+0-9.e]+\\s*$", "");
  }

  private static boolean returnsData(PrometheusApi prometheus, String query) {
    try {
      return !prometheus.query(query).isEmpty()
          || !prometheus.query(withoutThreshold(query)).isEmpty();
    } catch (Exception e) {
      throw new IllegalStateException("query " + query + " failed", e);
    }
  }
}
