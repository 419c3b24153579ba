package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.LabelSnapshot;
import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The differences between the label sets of one metric: labels matched by name, then by a declared
 * former name; one removed and one added label of the same domain are an undeclared rename.
 */
final class LabelComparator {
  private LabelComparator() {}

  static List<Detected> compare(MetricSnapshot before, MetricSnapshot after) {
    List<Detected> changes = new ArrayList<>();
    Map<LabelSnapshot, LabelSnapshot> matched = new LinkedHashMap<>();
    List<LabelSnapshot> removed = new ArrayList<>();
    for (LabelSnapshot old : before.labels()) {
      Optional<LabelSnapshot> same = after.label(old.name());
      Optional<LabelSnapshot> renamed =
          after.labels().stream().filter(l -> l.formerly().contains(old.name())).findFirst();
      if (same.isPresent()) {
        matched.put(old, same.get());
      } else if (renamed.isPresent()) {
        matched.put(old, renamed.get());
        changes.add(renamed(before, after, old, renamed.get(), "declared rename"));
      } else {
        removed.add(old);
      }
    }
    List<LabelSnapshot> added =
        after.labels().stream().filter(l -> !matched.containsValue(l)).toList();
    if (removed.size() == 1 && added.size() == 1 && sameDomain(removed.get(0), added.get(0))) {
      matched.put(removed.get(0), added.get(0));
      changes.add(renamed(before, after, removed.get(0), added.get(0), ""));
      removed = List.of();
      added = List.of();
    }
    for (LabelSnapshot old : removed) {
      MetricComparator.add(
          changes,
          ChangeKind.LABEL_REMOVED,
          Elements.label(before.name(), old.name()),
          LabelDomains.describe(old),
          "",
          ImpactScope.label(before.name(), old.name(), after.name(), old.name()));
    }
    for (LabelSnapshot label : added) {
      // Every existing series splits, whichever labels a reader names: the whole metric.
      MetricComparator.add(
          changes,
          ChangeKind.LABEL_ADDED,
          Elements.label(after.name(), label.name()),
          "",
          LabelDomains.describe(label),
          ImpactScope.metric(before.name(), after.name()));
    }
    matched.forEach(
        (old, now) -> changes.addAll(LabelDomainComparator.compare(before, after, old, now)));
    return changes;
  }

  private static Detected renamed(
      MetricSnapshot before,
      MetricSnapshot after,
      LabelSnapshot old,
      LabelSnapshot now,
      String acknowledgement) {
    Change change =
        new Change(
            ChangeKind.LABEL_RENAMED,
            Elements.label(before.name(), old.name()),
            old.name(),
            now.name(),
            acknowledgement.isEmpty()
                ? ""
                : acknowledgement + " (" + now.name() + " was " + old.name() + ")",
            List.of());
    return new Detected(
        change, ImpactScope.label(before.name(), old.name(), after.name(), now.name()));
  }

  private static boolean sameDomain(LabelSnapshot a, LabelSnapshot b) {
    return a.kind().equals(b.kind())
        && a.maxValues() == b.maxValues()
        && a.values().equals(b.values());
  }
}
