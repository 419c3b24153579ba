package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.Resolution;
import com.mastertrade.metrics.processor.promql.Resolutions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page per incident: an SLO's {@code inhibits} and {@code demotes} name declared alerts, and a
 * paging alert that reads an SLO's metric (directly or through a recording rule of its group) while
 * the SLO says nothing of it is a warning naming both: it would page for the same errors as the
 * SLO's page.
 */
final class SloCoverageValidator implements DeclarationValidator.ExpressionCheck {
  private static final Set<String> PAGING = Set.of("page", "critical");

  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    List<AlertModel> alerts = new ArrayList<>();
    Map<String, ExpressionModel> records = new HashMap<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      alerts.addAll(group.alerts());
      for (RecordModel record : group.records()) {
        records.put(record.record(), record.expr());
      }
    }
    List<String> names = alerts.stream().map(AlertModel::name).toList();
    for (SloModel slo : declarations.slos()) {
      checkNames(slo, "inhibits", slo.inhibits(), names, report);
      checkNames(slo, "demotes", slo.demotes(), names, report);
      for (AlertModel alert : alerts) {
        if (!PAGING.contains(alert.severity())
            || slo.inhibits().contains(alert.name())
            || slo.demotes().contains(alert.name())
            || !reads(alert.expr(), slo.metric(), records, resolutions, new HashSet<>())) {
          continue;
        }
        report.add(
            Diagnostic.at(
                alert.origin(),
                "name",
                Message.SLO_DUPLICATE_ALERT,
                alert.name(),
                slo.name(),
                slo.metric(),
                alert.name(),
                slo.service(),
                alert.name(),
                slo.service()));
      }
    }
  }

  private static void checkNames(
      SloModel slo,
      String attribute,
      List<String> named,
      List<String> alerts,
      ValidationReport.Builder report) {
    for (String name : named) {
      if (!alerts.contains(name)) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                attribute,
                Message.SLO_COVERS_UNKNOWN_ALERT,
                attribute,
                name,
                slo.name(),
                alerts.isEmpty() ? "none" : String.join(", ", alerts)));
      }
    }
  }

  /** Whether {@code expr} reads {@code metric}, itself or through declared recording rules. */
  private static boolean reads(
      ExpressionModel expr,
      String metric,
      Map<String, ExpressionModel> records,
      Resolutions resolutions,
      Set<String> seen) {
    Resolution resolution = resolutions.of(expr);
    for (MetricUse use : resolution.metrics()) {
      if ((use.reference().category() + "." + use.reference().method()).equals(metric)) {
        return true;
      }
    }
    for (String name : resolution.recordedNames()) {
      ExpressionModel record = records.get(name);
      if (record != null
          && seen.add(name)
          && reads(record, metric, records, resolutions, seen)) {
        return true;
      }
    }
    return false;
  }
}
