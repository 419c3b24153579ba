package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.AcceptedBreakSnapshot;
import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the current schema with its baseline: every difference classified, its impact on the
 * declarations of both schemas found, and breaking changes that the current schema acknowledges (a
 * declared rename, a deprecation already in the baseline, an accepted-break entry) accepted.
 *
 * <p>A baseline metric is matched by name, then by a declared former name, then by its Java
 * identity ({@code Category.method}): the last is a rename that is not declared.
 */
public final class SchemaComparator {
  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::status)
          .thenComparing(Change::element)
          .thenComparing(Change::kind)
          .thenComparing(Change::before)
          .thenComparing(Change::after);

  private SchemaComparator() {}

  public static CompatibilityReport compare(SchemaSnapshot baseline, SchemaSnapshot current) {
    List<Detected> detected = new ArrayList<>();
    Set<MetricSnapshot> matched = new HashSet<>();
    for (MetricSnapshot old : baseline.metrics()) {
      Optional<MetricSnapshot> now = match(old, baseline, current);
      if (now.isEmpty()) {
        detected.add(removed(old));
        continue;
      }
      matched.add(now.get());
      if (!now.get().name().equals(old.name())) {
        detected.add(renamed(old, now.get()));
      }
      detected.addAll(MetricComparator.compare(old, now.get()));
    }
    for (MetricSnapshot now : current.metrics()) {
      if (!matched.contains(now)) {
        MetricComparator.add(
            detected,
            ChangeKind.METRIC_ADDED,
            now.name(),
            "",
            now.type(),
            ImpactScope.metric(null, now.name()));
      }
    }
    detected.addAll(DeclarationComparator.compare(baseline, current));

    ImpactFinder impact = new ImpactFinder(baseline, current);
    List<AcceptedBreakSnapshot> unused = new ArrayList<>(current.acceptedBreaks());
    List<Change> changes = new ArrayList<>();
    for (Detected d : detected) {
      Change change = d.change().withImpact(impact.find(d.scope()));
      if (change.status() == ChangeStatus.BREAKING) {
        Optional<AcceptedBreakSnapshot> accepted = acceptance(change, current.acceptedBreaks());
        if (accepted.isPresent()) {
          unused.remove(accepted.get());
          change = change.acknowledged("accepted break: " + accepted.get().reason());
        }
      }
      changes.add(change);
    }
    changes.sort(ORDER);
    return new CompatibilityReport(baseline.schema(), current.schema(), changes, unused);
  }

  private static Optional<MetricSnapshot> match(
      MetricSnapshot old, SchemaSnapshot baseline, SchemaSnapshot current) {
    Optional<MetricSnapshot> byName = current.metric(old.name());
    if (byName.isPresent()) {
      return byName;
    }
    Optional<MetricSnapshot> declared =
        current.metrics().stream().filter(m -> m.formerly().contains(old.name())).findFirst();
    if (declared.isPresent()) {
      return declared;
    }
    // Same Java method, a new name that the baseline does not have: an undeclared rename.
    return current.metrics().stream()
        .filter(m -> m.key().equals(old.key()) && baseline.metric(m.name()).isEmpty())
        .findFirst();
  }

  private static Detected removed(MetricSnapshot old) {
    Change change = Change.of(ChangeKind.METRIC_REMOVED, old.name(), old.type(), "");
    if (old.deprecated()) {
      change = change.acknowledged(Deprecations.describe(old.deprecation()) + ", in the baseline");
    }
    return new Detected(change, ImpactScope.metric(old.name(), old.name()));
  }

  private static Detected renamed(MetricSnapshot old, MetricSnapshot now) {
    Change change = Change.of(ChangeKind.METRIC_RENAMED, old.name(), old.name(), now.name());
    if (now.formerly().contains(old.name())) {
      change = change.acknowledged("declared rename (" + now.name() + " was " + old.name() + ")");
    }
    return new Detected(change, ImpactScope.metric(old.name(), now.name()));
  }

  private static Optional<AcceptedBreakSnapshot> acceptance(
      Change change, List<AcceptedBreakSnapshot> entries) {
    return entries.stream()
        .filter(
            e -> e.change().equals(change.kind().name()) && e.element().equals(change.element()))
        .findFirst();
  }
}
