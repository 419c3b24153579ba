package com.mastertrade.metrics.processor.promql;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** How a template is taken apart: what the validators rely on to find references and labels. */
class PromqlTemplateTest {
  @Test
  void findsReferencesWithSuffixSelectorLabelsAndEnclosingFunctions() {
    PromqlTemplate template =
        PromqlTemplate.parse(
            "histogram_quantile(0.95, sum by (job, le) "
                + "(rate({Http.requestDuration:bucket}{method=~\"GET|POST\"}[5m])))");

    MetricReference reference = template.references().get(0);
    assertThat(reference.written()).isEqualTo("Http.requestDuration:bucket");
    assertThat(reference.matcherLabels()).containsExactly("method");
    assertThat(reference.enclosingFunctions())
        .containsExactly("rate", "histogram_quantile")
        .inOrder();
    assertThat(template.groupingLabels()).containsExactly("job", "le");
  }

  @Test
  void readsNothingInsideStringLiterals() {
    PromqlTemplate template =
        PromqlTemplate.parse(
            "sum(rate({Http.requests}{route=\"/a=b (c\", job=\"mastertrade_x\"}[5m])) by (job)");

    assertThat(template.references().get(0).matcherLabels()).containsExactly("route", "job");
    assertThat(template.references().get(0).innermostFunction()).isEqualTo("rate");
    assertThat(template.rawNames("mastertrade_")).isEmpty();
    assertThat(template.groupingLabels()).containsExactly("job");
  }

  @Test
  void findsMetricNamesWrittenOutsideReferences() {
    PromqlTemplate template =
        PromqlTemplate.parse("mastertrade_http_requests_total / {Http.requests}");

    assertThat(template.rawNames("mastertrade_"))
        .containsExactly("mastertrade_http_requests_total");
    assertThat(template.references()).hasSize(1);
  }

  @Test
  void tellsRecordedSeriesFromSubqueryRanges() {
    PromqlTemplate template =
        PromqlTemplate.parse("max_over_time(job:mastertrade_http_requests:rate5m[1h:5m]) > 1");

    assertThat(template.recordedNames()).containsExactly("job:mastertrade_http_requests:rate5m");
    assertThat(template.rawNames("mastertrade_")).isEmpty();
  }
}
