package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot.Usage;
import com.mastertrade.metrics.evolution.snapshot.UsageKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The declarations of both schemas that read what a change touches. A metric-level change impacts
 * every declaration that reads the metric; a label-level change those that name the label, since a
 * panel that sums a label away is unaffected by a change of its values.
 */
final class ImpactFinder {
  private final List<Usage> baseline;
  private final List<Usage> current;

  ImpactFinder(SchemaSnapshot baseline, SchemaSnapshot current) {
    this.baseline = baseline.usages().toList();
    this.current = current.usages().toList();
  }

  List<ImpactedUsage> find(ImpactScope scope) {
    Set<Key> inBaseline = readers(baseline, scope.baselineMetric(), scope.baselineLabel());
    Set<Key> inCurrent = readers(current, scope.currentMetric(), scope.currentLabel());
    Map<Key, ImpactedUsage> impact = new TreeMap<>();
    for (Key key : inBaseline) {
      impact.put(key, new ImpactedUsage(key.kind(), key.name(), true, inCurrent.contains(key)));
    }
    for (Key key : inCurrent) {
      impact.putIfAbsent(key, new ImpactedUsage(key.kind(), key.name(), false, true));
    }
    return List.copyOf(new TreeSet<>(impact.values()));
  }

  private static Set<Key> readers(List<Usage> usages, String metric, String label) {
    Set<Key> readers = new TreeSet<>();
    if (metric == null) {
      return readers;
    }
    for (Usage usage : usages) {
      boolean reads =
          label == null ? usage.usage().usesMetric(metric) : usage.usage().usesLabel(metric, label);
      if (reads) {
        readers.add(new Key(usage.kind(), usage.displayName()));
      }
    }
    return readers;
  }

  private record Key(UsageKind kind, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byKind = kind.compareTo(other.kind);
      return byKind != 0 ? byKind : name.compareTo(other.name);
    }
  }
}
