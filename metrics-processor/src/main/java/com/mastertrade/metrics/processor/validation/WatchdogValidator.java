package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.processor.declarations.AlertRouteModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dead man's switch of {@code @Alerting}: declared once people are notified (else nobody
 * learns that alerting itself stopped), a webhook receiver of the schema, and reached by the
 * {@code Watchdog} alone, since a switch counts whatever it receives as a heartbeat.
 */
final class WatchdogValidator implements DeclarationValidator.Check {
  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    declarations.alerting().ifPresent(alerting -> check(alerting, report));
  }

  private static void check(AlertingModel alerting, ValidationReport.Builder report) {
    if (!alerting.hasWatchdog()) {
      if (!alerting.receivers().isEmpty()) {
        report.add(Diagnostic.at(alerting.origin(), "receivers", Message.WATCHDOG_MISSING));
      }
      return;
    }
    String name = alerting.watchdogReceiver();
    Optional<ReceiverModel> receiver =
        alerting.receivers().stream().filter(r -> r.name().equals(name)).findFirst();
    if (receiver.isEmpty()) {
      String declared =
          alerting.receivers().stream().map(ReceiverModel::name).collect(Collectors.joining(", "));
      report.add(
          Diagnostic.at(
              alerting.origin(),
              "watchdogReceiver",
              Message.WATCHDOG_UNKNOWN_RECEIVER,
              Names.visible(name),
              declared.isEmpty() ? "none" : declared));
      return;
    }
    if (receiver.get().kind() != ReceiverKind.WEBHOOK) {
      report.add(
          Diagnostic.at(
              alerting.origin(),
              "watchdogReceiver",
              Message.WATCHDOG_NOT_WEBHOOK,
              name,
              receiver.get().kind().name().toLowerCase(Locale.ROOT)));
    }
    for (AlertRouteModel route : alerting.routes()) {
      if (route.receiver().equals(name)) {
        report.add(
            Diagnostic.at(route.origin(), "receiver", Message.WATCHDOG_RECEIVER_ROUTED, name));
      }
    }
  }
}
