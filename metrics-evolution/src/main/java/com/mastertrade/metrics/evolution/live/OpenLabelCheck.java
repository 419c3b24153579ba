package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.evolution.snapshot.LabelSnapshot;
import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open labels of one exposed metric against their bounds: more distinct values than the bound
 * is a mismatch (the exposition is not the generated recorders'); reaching the bound, or any
 * overflowed recording, a warning with the overflow count.
 */
final class OpenLabelCheck {
  private OpenLabelCheck() {}

  /**
   * @param values the distinct values seen per open label, {@code __overflow__} excluded
   * @param overflows the label overflow counter's values by {@code exposedName\0label}
   */
  static void check(
      MetricSnapshot metric,
      String family,
      Map<String, Set<String>> values,
      Map<String, Double> overflows,
      List<Finding> findings,
      List<OpenLabelUse> openLabels) {
    for (LabelSnapshot label : metric.labels()) {
      if (!label.open()) {
        continue;
      }
      int distinct = values.getOrDefault(label.name(), Set.of()).size();
      double overflow = overflows.getOrDefault(key(metric.exposedName(), label.name()), 0.0);
      OpenLabelUse use =
          new OpenLabelUse(metric.name(), label.name(), distinct, label.maxValues(), overflow);
      openLabels.add(use);
      String detail =
          label.name()
              + ": "
              + distinct
              + " of "
              + label.maxValues()
              + " values, "
              + SampleValues.format(overflow)
              + " recordings overflowed";
      if (distinct > label.maxValues()) {
        findings.add(new Finding(FindingKind.OPEN_LABEL_OVER_BOUND, family, detail));
      } else if (use.atBound()) {
        findings.add(new Finding(FindingKind.OPEN_LABEL_AT_BOUND, family, detail));
      }
    }
  }

  /** How the overflow counter's series are keyed: its {@code metric} and {@code label} values. */
  static String key(String metric, String label) {
    return metric + "\u0000" + label;
  }
}
