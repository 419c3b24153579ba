package com.mastertrade.metrics.processor.promql;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.processor.promql.syntax.Parser;
import com.mastertrade.metrics.processor.promql.syntax.Syntax;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The labels an expression's result can carry, by Prometheus' evaluation rules. */
class ResultLabelsTest {
  private static final Map<String, Set<String>> SERIES =
      Map.of(
          "requests", Set.of("job", "instance", "method", "status"),
          "duration_bucket", Set.of("job", "instance", "le", "method"),
          "info", Set.of("job", "instance", "version"));

  private static LabelSet labels(String expression) {
    return new ResultLabels(
            s -> SERIES.containsKey(s.name()) ? LabelSet.of(SERIES.get(s.name())) : LabelSet.ANY)
        .of(Parser.parse(expression, Syntax.PROMQL));
  }

  private static void assertLabels(String expression, String... expected) {
    LabelSet result = labels(expression);
    assertThat(result.known()).isTrue();
    assertThat(result.labels()).containsExactlyElementsIn(Set.of(expected));
  }

  @Test
  void selectorsAndFunctionsKeepTheirSeriesLabels() {
    assertLabels("rate(requests[5m])", "job", "instance", "method", "status");
    assertLabels("abs(requests offset 5m)", "job", "instance", "method", "status");
    assertLabels("max_over_time(rate(requests[5m])[1h:])", "job", "instance", "method", "status");
  }

  @Test
  void byKeepsItsLabelsAndWithoutRemovesItsOwn() {
    assertLabels("sum by (job, method) (rate(requests[5m]))", "job", "method");
    assertLabels("sum by (job, nonexistent) (requests)", "job");
    assertLabels("sum without (instance, status) (requests)", "job", "method");
    assertLabels("sum(requests)");
    assertLabels("count_values by (job) (\"value\", requests)", "job", "value");
    assertLabels("topk by (job) (3, requests)", "job", "instance", "method", "status");
  }

  @Test
  void labelFunctionsAddTheirDestination() {
    assertLabels(
        "label_replace(sum by (job) (requests), \"service\", \"$1\", \"job\", \"(.*)\")",
        "job",
        "service");
    assertLabels("label_join(sum by (job) (requests), \"all\", \",\", \"job\")", "job", "all");
    assertLabels(
        "histogram_quantile(0.9, sum by (le, method) (rate(duration_bucket[5m])))", "method");
    assertLabels("absent(requests{job=\"api\", method=~\"GET|POST\"})", "job");
    assertLabels("vector(1)");
    assertLabels("time()");
  }

  @Test
  void vectorMatching() {
    assertLabels("sum by (job) (requests) / sum by (job, method) (requests)", "job");
    assertLabels("requests / on (job, method) requests", "job", "method");
    assertLabels("requests / ignoring (status) requests", "job", "instance", "method");
    assertLabels("sum by (job) (requests) * on (job) group_left (version) info", "job", "version");
    assertLabels(
        "info * on (job) group_right (version) sum by (job, method) (requests)",
        "job",
        "method",
        "version");
    assertLabels("requests > 0", "job", "instance", "method", "status");
    assertLabels("2 * sum by (job) (requests)", "job");
    assertLabels("sum by (job) (requests) and on (job) info", "job");
    assertLabels("sum by (job) (requests) or sum by (method) (requests)", "job", "method");
  }

  @Test
  void unknownSeriesHaveUnknownLabels() {
    assertThat(labels("sum by (job) (other)").labels()).containsExactly("job");
    assertThat(labels("rate(other[5m])").known()).isFalse();
    assertThat(labels("sum without (job) (other)").mayHave("anything")).isTrue();
    assertThat(labels("requests or other").known()).isFalse();
  }
}
