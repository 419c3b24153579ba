package com.mastertrade.metrics.processor.slo;

import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.model.HistogramModel;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.HistogramForm;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves validated SLOs into their series: the counter and its bad label values, or the
 * histogram's bucket at the threshold, matched in every spelling of the bound Prometheus may store,
 * or, where the target reads it ({@link HistogramForm}), the histogram's native series.
 */
public final class SloResolver {
  private final MetricLookup lookup;
  private final PromqlTarget target;

  public SloResolver(SchemaModel schema, PromqlTarget target) {
    this.lookup = new MetricLookup(schema);
    this.target = target;
  }

  public List<ResolvedSlo> resolve(List<SloModel> slos) {
    return slos.stream().map(this::resolve).toList();
  }

  private ResolvedSlo resolve(SloModel slo) {
    MetricModel metric =
        lookup
            .metric(slo.metric())
            .orElseThrow(() -> new IllegalArgumentException("unvalidated SLO " + slo.name()));
    BigDecimal budget =
        BigDecimal.ONE.subtract(BigDecimal.valueOf(slo.objective()).movePointLeft(2));
    if (slo.kind() == Kind.AVAILABILITY) {
      LabelModel label =
          metric.labels().stream()
              .filter(l -> l.javaType().equals(slo.badType()))
              .findFirst()
              .orElseThrow();
      List<String> bad = new ArrayList<>();
      String good = "";
      for (int i = 0; i < slo.badTypeConstants().size(); i++) {
        if (slo.bad().contains(slo.badTypeConstants().get(i))) {
          bad.add(label.values().get(i));
        } else if (good.isEmpty()) {
          good = label.values().get(i);
        }
      }
      String matcher =
          bad.size() == 1
              ? "=\"" + bad.get(0) + "\""
              : "=~\"" + String.join("|", bad.stream().map(SloResolver::escape).toList()) + "\"";
      return new ResolvedSlo(
          slo,
          budget,
          metric.exposedName(),
          metric.exposedName(),
          label.name(),
          matcher,
          bad,
          good,
          metric.name(),
          List.of(),
          HistogramModel.NONE,
          HistogramForm.CLASSIC);
    }
    if (HistogramForm.read(metric, target) == HistogramForm.NATIVE) {
      return new ResolvedSlo(
          slo,
          budget,
          metric.exposedName(),
          metric.exposedName(),
          "",
          "",
          List.of(),
          "",
          metric.name(),
          metric.buckets(),
          metric.histogram(),
          HistogramForm.NATIVE);
    }
    BigDecimal threshold = BigDecimal.valueOf(slo.threshold());
    return new ResolvedSlo(
        slo,
        budget,
        MetricLookup.seriesName(metric, "count"),
        MetricLookup.seriesName(metric, "bucket"),
        "le",
        "=~\"" + BucketBounds.regex(threshold) + "\"",
        BucketBounds.spellings(threshold),
        "",
        metric.name(),
        metric.buckets(),
        metric.histogram(),
        HistogramForm.CLASSIC);
  }

  /** A label value as a literal inside a PromQL regex in a double-quoted string. */
  private static String escape(String value) {
    return value.replaceAll("([\\\\.+*?()\\[\\]{}|^$])", "\\\\\\\\$1");
  }
}
