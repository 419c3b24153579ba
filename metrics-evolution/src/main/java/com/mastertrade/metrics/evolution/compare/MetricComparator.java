package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import java.util.ArrayList;
import java.util.List;

/** The differences between one metric in the baseline and the same metric now. */
final class MetricComparator {
  private MetricComparator() {}

  static List<Detected> compare(MetricSnapshot before, MetricSnapshot after) {
    List<Detected> changes = new ArrayList<>();
    String element = after.name();
    ImpactScope scope = ImpactScope.metric(before.name(), after.name());
    if (!before.type().equals(after.type())) {
      add(changes, ChangeKind.TYPE_CHANGED, element, before.type(), after.type(), scope);
    }
    if (!before.unit().equals(after.unit())) {
      add(
          changes,
          ChangeKind.UNIT_CHANGED,
          element,
          Values.orNone(before.unit()),
          Values.orNone(after.unit()),
          scope);
    }
    if (!before.help().equals(after.help())) {
      add(changes, ChangeKind.HELP_CHANGED, element, before.help(), after.help(), scope);
    }
    if (!before.buckets().equals(after.buckets())) {
      add(
          changes,
          ChangeKind.BUCKETS_CHANGED,
          element,
          Values.numbers(before.buckets()),
          Values.numbers(after.buckets()),
          scope);
    }
    if (before.nativeHistogram() != after.nativeHistogram()) {
      ChangeKind kind =
          before.nativeHistogram()
              ? ChangeKind.NATIVE_HISTOGRAM_REMOVED
              : ChangeKind.NATIVE_HISTOGRAM_ADDED;
      add(changes, kind, element, "", "", scope);
    }
    compareQuantiles(before, after, element, scope, changes);
    if (!before.deprecated() && after.deprecated()) {
      add(
          changes,
          ChangeKind.METRIC_DEPRECATED,
          element,
          "",
          Deprecations.describe(after.deprecation()),
          scope);
    }
    changes.addAll(LabelComparator.compare(before, after));
    return changes;
  }

  private static void compareQuantiles(
      MetricSnapshot before,
      MetricSnapshot after,
      String element,
      ImpactScope scope,
      List<Detected> changes) {
    for (Double quantile : before.quantiles()) {
      if (!after.quantiles().contains(quantile)) {
        add(changes, ChangeKind.QUANTILE_REMOVED, element, Values.number(quantile), "", scope);
      }
    }
    for (Double quantile : after.quantiles()) {
      if (!before.quantiles().contains(quantile)) {
        add(changes, ChangeKind.QUANTILE_ADDED, element, "", Values.number(quantile), scope);
      }
    }
  }

  static void add(
      List<Detected> changes,
      ChangeKind kind,
      String element,
      String before,
      String after,
      ImpactScope scope) {
    changes.add(new Detected(Change.of(kind, element, before, after), scope));
  }
}
