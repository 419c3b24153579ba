package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which dashboard panels, alerts and example queries use each metric, keyed by {@code
 * Category.method}; a use of a recorded series counts as a use of the metrics it is computed from.
 */
final class UsageIndex {
  private final ResolvedDeclarations resolved;
  private final Map<String, Set<String>> panels = new TreeMap<>();
  private final Map<String, Set<String>> alerts = new TreeMap<>();
  private final Map<String, Set<String>> queries = new TreeMap<>();

  UsageIndex(DeclarationsModel declarations, ResolvedDeclarations resolved) {
    this.resolved = resolved;
    for (DashboardModel dashboard : declarations.dashboards()) {
      for (PanelModel panel : dashboard.panels()) {
        for (ExpressionModel expr : panel.exprs()) {
          index(
              panels,
              resolved.of(expr),
              dashboard.title() + " / " + panel.title(),
              new HashSet<>());
        }
      }
    }
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        index(alerts, resolved.of(alert.expr()), alert.name(), new HashSet<>());
      }
    }
    for (QueryModel query : declarations.queries()) {
      index(queries, resolved.of(query.expr()), query.name(), new HashSet<>());
    }
  }

  static String key(String category, MetricModel metric) {
    return category + "." + metric.methodName();
  }

  List<String> panels(String key) {
    return List.copyOf(panels.getOrDefault(key, Set.of()));
  }

  List<String> alerts(String key) {
    return List.copyOf(alerts.getOrDefault(key, Set.of()));
  }

  List<String> queries(String key) {
    return List.copyOf(queries.getOrDefault(key, Set.of()));
  }

  private void index(
      Map<String, Set<String>> index, ResolvedExpression expr, String user, Set<String> seen) {
    for (MetricUse use : expr.metrics()) {
      index
          .computeIfAbsent(
              use.reference().category() + "." + use.reference().method(), k -> new TreeSet<>())
          .add(user);
    }
    for (String recorded : expr.recordedNames()) {
      if (seen.add(recorded)) {
        resolved.record(recorded).ifPresent(source -> index(index, source, user, seen));
      }
    }
  }
}
