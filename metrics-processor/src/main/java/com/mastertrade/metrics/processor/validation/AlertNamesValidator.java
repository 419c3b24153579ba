package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every alert of the schema, declared or generated (an SLO's fast and slow burn, the Watchdog), has a name
 * of its own ignoring case: the name is the alertname Alertmanager routes on and the file name of
 * its runbook page. A collision is reported on the declaration that comes second.
 */
final class AlertNamesValidator implements DeclarationValidator.Check {
  private record Source(String what, String alert, Origin origin, boolean declared) {}

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    Map<String, Source> seen = new HashMap<>();
    declarations
        .alerting()
        .filter(AlertingModel::hasWatchdog)
        .ifPresent(
            alerting ->
                seen.put(
                    AlertingModel.WATCHDOG_ALERT.toLowerCase(Locale.ROOT),
                    new Source(
                        "@Alerting(watchdogReceiver)",
                        AlertingModel.WATCHDOG_ALERT,
                        alerting.origin(),
                        false)));
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        add(seen, new Source("alert " + alert.name(), alert.name(), alert.origin(), true), report);
      }
    }
    java.util.Set<String> sloNames = new java.util.HashSet<>();
    for (SloModel slo : declarations.slos()) {
      if (!sloNames.add(slo.name())) {
        // Two SLOs of one name are a duplicate declaration, reported as such.
        continue;
      }
      for (String alert : List.of(slo.pageAlert(), slo.ticketAlert())) {
        add(seen, new Source("SLO " + slo.name(), alert, slo.origin(), false), report);
      }
    }
  }

  private static void add(
      Map<String, Source> seen, Source source, ValidationReport.Builder report) {
    Source first = seen.putIfAbsent(source.alert().toLowerCase(Locale.ROOT), source);
    // Two declared alerts of one name are a duplicate declaration, reported as such.
    boolean duplicate = first != null && first.declared() && source.declared()
        && first.alert().equals(source.alert());
    if (first != null && !duplicate && first.origin() != source.origin()) {
      report.add(
          Diagnostic.at(
              source.origin(),
              "name",
              Message.ALERT_NAME_COLLISION,
              source.what(),
              source.alert(),
              first.what()));
    }
  }
}
