package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.LabelSnapshot;
import com.mastertrade.metrics.evolution.snapshot.LabelValueSnapshot;
import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between the domains of one label: its kind, an open label's bound, a closed
 * label's values. A value is matched by its exposed text first, then by its enum constant, so that
 * renaming a constant under the same {@code @LabelValue} is no change and changing the text of a
 * constant is a changed value rather than a removal and an addition.
 */
final class LabelDomainComparator {
  private LabelDomainComparator() {}

  static List<Detected> compare(
      MetricSnapshot before, MetricSnapshot after, LabelSnapshot old, LabelSnapshot now) {
    List<Detected> changes = new ArrayList<>();
    String metric = after.name();
    ImpactScope scope = ImpactScope.label(before.name(), old.name(), metric, now.name());
    String element = Elements.label(metric, now.name());
    if (!old.kind().equals(now.kind())) {
      MetricComparator.add(
          changes,
          ChangeKind.LABEL_DOMAIN_CHANGED,
          element,
          LabelDomains.describe(old),
          LabelDomains.describe(now),
          scope);
      return changes;
    }
    if (old.open()) {
      if (now.maxValues() != old.maxValues()) {
        ChangeKind kind =
            now.maxValues() < old.maxValues()
                ? ChangeKind.LABEL_BOUND_LOWERED
                : ChangeKind.LABEL_BOUND_RAISED;
        MetricComparator.add(
            changes,
            kind,
            element,
            Integer.toString(old.maxValues()),
            Integer.toString(now.maxValues()),
            scope);
      }
      return changes;
    }
    Set<LabelValueSnapshot> matched = new HashSet<>();
    for (LabelValueSnapshot value : old.values()) {
      String valueElement = Elements.labelValue(metric, now.name(), value.value());
      Optional<LabelValueSnapshot> same =
          now.values().stream().filter(v -> v.value().equals(value.value())).findFirst();
      Optional<LabelValueSnapshot> sameConstant =
          now.values().stream()
              .filter(v -> v.constant().equals(value.constant()) && !old.admits(v.value()))
              .findFirst();
      if (same.isPresent()) {
        matched.add(same.get());
        if (value.deprecation() == null && same.get().deprecation() != null) {
          MetricComparator.add(
              changes,
              ChangeKind.LABEL_VALUE_DEPRECATED,
              valueElement,
              "",
              Deprecations.describe(same.get().deprecation()),
              scope);
        }
      } else if (sameConstant.isPresent()) {
        matched.add(sameConstant.get());
        MetricComparator.add(
            changes,
            ChangeKind.LABEL_VALUE_CHANGED,
            valueElement,
            value.value(),
            sameConstant.get().value(),
            scope);
      } else {
        Change removed = Change.of(ChangeKind.LABEL_VALUE_REMOVED, valueElement, value.value(), "");
        if (value.deprecation() != null) {
          removed =
              removed.acknowledged(
                  Deprecations.describe(value.deprecation()) + ", in the baseline");
        }
        changes.add(new Detected(removed, scope));
      }
    }
    for (LabelValueSnapshot value : now.values()) {
      if (!matched.contains(value)) {
        MetricComparator.add(
            changes,
            ChangeKind.LABEL_VALUE_ADDED,
            Elements.labelValue(metric, now.name(), value.value()),
            "",
            value.value(),
            scope);
      }
    }
    return changes;
  }
}
