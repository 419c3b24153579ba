package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.DashboardSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import com.mastertrade.metrics.evolution.snapshot.UsageSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Dashboards, panels, recording rules, alerts, SLOs and queries added or removed. Only a removed
 * recording rule is breaking: its series is read by name, as a metric is.
 */
final class DeclarationComparator {
  private DeclarationComparator() {}

  static List<Detected> compare(SchemaSnapshot before, SchemaSnapshot after) {
    List<Detected> changes = new ArrayList<>();
    compareDashboards(before.dashboards(), after.dashboards(), changes);
    Map<String, UsageSnapshot> oldRules = byName(before.recordingRules(), UsageSnapshot::name);
    Map<String, UsageSnapshot> newRules = byName(after.recordingRules(), UsageSnapshot::name);
    oldRules.forEach(
        (name, rule) -> {
          UsageSnapshot now = newRules.get(name);
          if (now == null) {
            add(
                changes,
                ChangeKind.RECORDING_RULE_REMOVED,
                "recording rule " + name,
                name,
                "",
                ImpactScope.metric(name, null));
          } else if (!now.expressions().equals(rule.expressions())) {
            add(
                changes,
                ChangeKind.RECORDING_RULE_CHANGED,
                "recording rule " + name,
                String.join("\n", rule.expressions()),
                String.join("\n", now.expressions()),
                ImpactScope.metric(name, name));
          }
        });
    newRules.keySet().stream()
        .filter(name -> !oldRules.containsKey(name))
        .forEach(
            name ->
                add(
                    changes,
                    ChangeKind.RECORDING_RULE_ADDED,
                    "recording rule " + name,
                    "",
                    name,
                    ImpactScope.metric(null, name)));
    compareNamed(
        "alert",
        before.alerts(),
        after.alerts(),
        ChangeKind.ALERT_ADDED,
        ChangeKind.ALERT_REMOVED,
        changes);
    compareNamed(
        "SLO", before.slos(), after.slos(), ChangeKind.SLO_ADDED, ChangeKind.SLO_REMOVED, changes);
    compareNamed(
        "query",
        before.queries(),
        after.queries(),
        ChangeKind.QUERY_ADDED,
        ChangeKind.QUERY_REMOVED,
        changes);
    return changes;
  }

  private static void compareDashboards(
      List<DashboardSnapshot> before, List<DashboardSnapshot> after, List<Detected> changes) {
    Map<String, DashboardSnapshot> old = byName(before, DashboardSnapshot::uid);
    Map<String, DashboardSnapshot> now = byName(after, DashboardSnapshot::uid);
    old.forEach(
        (uid, dashboard) -> {
          Optional<DashboardSnapshot> same = Optional.ofNullable(now.get(uid));
          if (same.isEmpty()) {
            add(
                changes,
                ChangeKind.DASHBOARD_REMOVED,
                "dashboard " + dashboard.title(),
                dashboard.title(),
                "",
                ImpactScope.NONE);
          } else {
            compareNamed(
                "panel " + same.get().title() + " /",
                dashboard.panels(),
                same.get().panels(),
                ChangeKind.PANEL_ADDED,
                ChangeKind.PANEL_REMOVED,
                changes);
          }
        });
    now.forEach(
        (uid, dashboard) -> {
          if (!old.containsKey(uid)) {
            add(
                changes,
                ChangeKind.DASHBOARD_ADDED,
                "dashboard " + dashboard.title(),
                "",
                dashboard.title(),
                ImpactScope.NONE);
          }
        });
  }

  private static void compareNamed(
      String what,
      List<UsageSnapshot> before,
      List<UsageSnapshot> after,
      ChangeKind added,
      ChangeKind removed,
      List<Detected> changes) {
    Map<String, UsageSnapshot> old = byName(before, UsageSnapshot::name);
    Map<String, UsageSnapshot> now = byName(after, UsageSnapshot::name);
    old.keySet().stream()
        .filter(name -> !now.containsKey(name))
        .forEach(name -> add(changes, removed, what + " " + name, name, "", ImpactScope.NONE));
    now.keySet().stream()
        .filter(name -> !old.containsKey(name))
        .forEach(name -> add(changes, added, what + " " + name, "", name, ImpactScope.NONE));
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> byName = new TreeMap<>();
    items.forEach(item -> byName.putIfAbsent(name.apply(item), item));
    return byName;
  }

  private static void add(
      List<Detected> changes,
      ChangeKind kind,
      String element,
      String before,
      String after,
      ImpactScope scope) {
    MetricComparator.add(changes, kind, element, before, after, scope);
  }
}
