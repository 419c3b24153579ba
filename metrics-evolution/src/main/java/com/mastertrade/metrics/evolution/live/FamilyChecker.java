package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.evolution.snapshot.LabelSnapshot;
import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one exposed family against the metric it declares: type, unit, help, label names, label
 * values against their domains, buckets, quantiles, and its series against the worst case. One pass
 * over the samples.
 */
final class FamilyChecker {
  /** The exemplar label client_java writes the trace id under, and Grafana's data source reads. */
  private static final String TRACE_ID = "trace_id";

  private final MetricSnapshot metric;
  private final MetricFamily family;
  private final ExpectedFamilies expected;
  private final Map<String, Double> overflows;
  private final ExpositionFormat format;
  private final Set<String> declaredLabels = new TreeSet<>();
  private final Map<String, Set<String>> closedDomains = new HashMap<>();
  private final Map<String, Set<String>> outsideDomain = new HashMap<>();
  private final Map<String, Set<String>> openValues = new HashMap<>();
  private final Set<Double> bucketBounds = new TreeSet<>();
  private final Set<Double> quantiles = new TreeSet<>();
  private Set<String> wrongLabelNames;
  private long series;
  private long exemplars;
  private String exemplarLabelProblem;

  FamilyChecker(
      MetricSnapshot metric,
      MetricFamily family,
      ExpectedFamilies expected,
      Map<String, Double> overflows,
      ExpositionFormat format) {
    this.metric = metric;
    this.family = family;
    this.expected = expected;
    this.overflows = overflows;
    this.format = format;
    for (LabelSnapshot label : metric.labels()) {
      declaredLabels.add(label.name());
      if (!label.open()) {
        Set<String> domain = new HashSet<>();
        label.values().forEach(v -> domain.add(v.value()));
        closedDomains.put(label.name(), domain);
      }
    }
  }

  long seriesCount() {
    return series;
  }

  long exemplarCount() {
    return exemplars;
  }

  void check(List<Finding> findings, List<OpenLabelUse> openLabels) {
    String type = expected.type(metric);
    if (!family.type().equals(type)) {
      findings.add(
          mismatch(
              FindingKind.TYPE_MISMATCH, "exposed as " + family.type() + ", declared " + type));
    }
    if (format == ExpositionFormat.OPENMETRICS && !family.unit().equals(metric.unit())) {
      findings.add(
          mismatch(
              FindingKind.UNIT_MISMATCH,
              "exposed '" + family.unit() + "', declared '" + metric.unit() + "'"));
    }
    if (!family.help().equals(metric.help())) {
      findings.add(
          mismatch(
              FindingKind.HELP_MISMATCH,
              "exposed '" + family.help() + "', declared '" + metric.help() + "'"));
    }
    for (Sample sample : family.samples()) {
      if (!SampleSuffixes.isCreated(sample.name())) {
        series++;
        sample(sample);
      }
    }
    if (wrongLabelNames != null) {
      findings.add(
          mismatch(
              FindingKind.LABEL_NAMES_MISMATCH,
              "series with labels " + wrongLabelNames + ", declared " + declaredLabels));
    }
    new TreeSet<>(outsideDomain.keySet())
        .forEach(
            label ->
                findings.add(
                    mismatch(
                        FindingKind.VALUE_OUTSIDE_DOMAIN,
                        label
                            + "="
                            + new TreeSet<>(outsideDomain.get(label))
                            + " outside "
                            + metric.label(label).orElseThrow().values().stream()
                                .map(v -> v.value())
                                .toList())));
    OpenLabelCheck.check(metric, family.name(), openValues, overflows, findings, openLabels);
    checkBounds(findings);
    checkExemplars(findings);
    if (series > metric.worstCaseSeries()) {
      findings.add(
          mismatch(
              FindingKind.SERIES_OVER_WORST_CASE,
              series + " series, declared worst case " + metric.worstCaseSeries()));
    }
  }

  private void sample(Sample sample) {
    if (sample.exemplar() != null) {
      exemplar(sample.exemplar());
    }
    Map<String, String> labels = sample.labels();
    boolean bucket = metric.type().equals("histogram") && sample.name().endsWith("_bucket");
    boolean quantile =
        metric.type().equals("summary")
            && !sample.name().endsWith("_count")
            && !sample.name().endsWith("_sum");
    String le = bucket ? labels.get("le") : null;
    String q = quantile ? labels.get("quantile") : null;
    if (le != null) {
      bucketBounds.add(SampleValues.parseOrNaN(le));
    }
    if (q != null) {
      quantiles.add(SampleValues.parseOrNaN(q));
    }
    // Compared without copying: the declared names, plus le or quantile where they belong.
    int extra = (le != null ? 1 : 0) + (q != null ? 1 : 0);
    if (wrongLabelNames == null
        && (labels.size() != declaredLabels.size() + extra
            || !labels.keySet().stream()
                .allMatch(
                    n ->
                        declaredLabels.contains(n)
                            || (le != null && n.equals("le"))
                            || (q != null && n.equals("quantile"))))) {
      Set<String> names = new TreeSet<>(labels.keySet());
      names.remove(le != null ? "le" : "");
      names.remove(q != null ? "quantile" : "");
      wrongLabelNames = names;
    }
    for (LabelSnapshot label : metric.labels()) {
      String value = sample.labels().get(label.name());
      if (value == null) {
        continue;
      }
      if (label.open()) {
        if (!value.equals(LabelSnapshot.OVERFLOW)) {
          openValues.computeIfAbsent(label.name(), k -> new HashSet<>()).add(value);
        }
      } else if (!closedDomains.get(label.name()).contains(value)) {
        outsideDomain.computeIfAbsent(label.name(), k -> new HashSet<>()).add(value);
      }
    }
  }

  private void exemplar(Exemplar exemplar) {
    exemplars++;
    if (exemplarLabelProblem != null) {
      return;
    }
    if (!exemplar.labels().containsKey(TRACE_ID)) {
      exemplarLabelProblem =
          "exemplar with labels "
              + new TreeSet<>(exemplar.labels().keySet())
              + " and no "
              + TRACE_ID
              + ", the label Grafana's trace link reads";
    } else if (exemplar.labelCodePoints() > Exemplar.MAX_LABEL_CODE_POINTS) {
      exemplarLabelProblem =
          "exemplar labels of "
              + exemplar.labelCodePoints()
              + " characters, over OpenMetrics' "
              + Exemplar.MAX_LABEL_CODE_POINTS;
    }
  }

  /**
   * Exemplars only where the schema declares them, since the generated recorders of any other
   * metric are built without them: one elsewhere means the family is not written by the schema's
   * recorders. A declared metric that shows none is fine: no span was active when it was recorded.
   */
  private void checkExemplars(List<Finding> findings) {
    if (exemplars > 0 && Boolean.FALSE.equals(metric.exemplars())) {
      findings.add(
          mismatch(
              FindingKind.UNDECLARED_EXEMPLARS,
              exemplars + (exemplars == 1 ? " exemplar" : " exemplars") + ", declared without"));
    }
    if (exemplarLabelProblem != null) {
      findings.add(mismatch(FindingKind.EXEMPLAR_LABELS, exemplarLabelProblem));
    }
  }

  private void checkBounds(List<Finding> findings) {
    if (metric.type().equals("histogram")) {
      Set<Double> declared = new TreeSet<>(metric.buckets());
      declared.add(Double.POSITIVE_INFINITY);
      if (!bucketBounds.equals(declared)) {
        findings.add(
            mismatch(
                FindingKind.BUCKETS_MISMATCH,
                "exposed le "
                    + SampleValues.format(bucketBounds)
                    + ", declared "
                    + SampleValues.format(declared)));
      }
    }
    if (metric.type().equals("summary")) {
      Set<Double> declared = new TreeSet<>(metric.quantiles());
      if (!quantiles.equals(declared)) {
        findings.add(
            mismatch(
                FindingKind.QUANTILES_MISMATCH,
                "exposed "
                    + SampleValues.format(quantiles)
                    + ", declared "
                    + SampleValues.format(declared)));
      }
    }
  }

  private Finding mismatch(FindingKind kind, String detail) {
    return new Finding(kind, family.name(), detail);
  }
}
