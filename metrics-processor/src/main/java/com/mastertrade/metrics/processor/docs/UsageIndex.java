package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.promql.MetricReference;
import com.mastertrade.metrics.processor.promql.PromqlTemplate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which dashboard panels, alerts and example queries use each metric, keyed by {@code
 * Category.method}.
 */
final class UsageIndex {
  private final Map<String, Set<String>> panels = new TreeMap<>();
  private final Map<String, Set<String>> alerts = new TreeMap<>();
  private final Map<String, Set<String>> queries = new TreeMap<>();

  // Recorded series by name, so a use of one counts as a use of the metrics it is computed from.
  private final Map<String, String> records = new TreeMap<>();

  UsageIndex(DeclarationsModel declarations) {
    for (AlertGroupModel group : declarations.alertGroups()) {
      group.records().forEach(r -> records.put(r.record(), r.expr().template()));
    }
    for (DashboardModel dashboard : declarations.dashboards()) {
      for (PanelModel panel : dashboard.panels()) {
        for (ExpressionModel expr : panel.exprs()) {
          index(panels, expr.template(), dashboard.title() + " / " + panel.title());
        }
      }
    }
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        index(alerts, alert.expr().template(), alert.name());
      }
    }
    for (QueryModel query : declarations.queries()) {
      index(queries, query.expr().template(), query.name());
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

  private void index(Map<String, Set<String>> index, String template, String user) {
    PromqlTemplate parsed = PromqlTemplate.parse(template);
    for (MetricReference reference : parsed.references()) {
      index
          .computeIfAbsent(reference.category() + "." + reference.method(), k -> new TreeSet<>())
          .add(user);
    }
    for (String recorded : parsed.recordedNames()) {
      String source = records.get(recorded);
      if (source != null && !source.equals(template)) {
        index(index, source, user);
      }
    }
  }
}
