package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertRouteModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.List;
import java.util.Locale;

/**
 * The routes of {@code @Alerting} name receivers, jobs, SLOs and alerts that exist; every receiver
 * is routed to; and once people's receivers are declared, every alert reaches at least one of them
 * whatever job it fires for. The Watchdog's receiver has a route of its own.
 */
final class AlertRouteValidator implements DeclarationValidator.Check {
  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    declarations.alerting().ifPresent(alerting -> check(alerting, declarations, report));
  }

  private static void check(
      AlertingModel alerting, DeclarationsModel declarations, ValidationReport.Builder report) {
    List<String> receivers = alerting.receivers().stream().map(ReceiverModel::name).toList();
    List<String> jobs = SloValidator.jobs(declarations);
    List<String> slos = declarations.slos().stream().map(SloModel::name).toList();
    List<String> alerts =
        java.util.stream.Stream.concat(
                declarations.alertGroups().stream()
                    .flatMap(g -> g.alerts().stream())
                    .map(AlertModel::name),
                declarations.slos().stream()
                    .flatMap(s -> java.util.stream.Stream.of(s.pageAlert(), s.ticketAlert())))
            .toList();
    for (AlertRouteModel route : alerting.routes()) {
      if (!receivers.contains(route.receiver())) {
        report.add(Diagnostic.at(route.origin(), "receiver", Message.UNKNOWN_RECEIVER,
            route.receiver(), receivers.isEmpty() ? "none" : String.join(", ", receivers)));
      }
      known(route, "jobs", route.jobs(), "job", jobs, report);
      known(route, "slos", route.slos(), "SLO", slos, report);
      known(route, "alerts", route.alerts(), "alert", alerts, report);
    }
    for (ReceiverModel receiver : alerting.receivers()) {
      if (receiver.name().equals(alerting.watchdogReceiver())) {
        continue; // the Watchdog's route, checked on its own
      }
      if (alerting.routes().stream().noneMatch(r -> r.receiver().equals(receiver.name()))) {
        report.add(Diagnostic.at(receiver.origin(), "name", Message.RECEIVER_NOT_ROUTED,
            receiver.name(), receiver.name()));
      }
    }
    if (receivers.isEmpty()) {
      return; // the receiving job's webhook is the only receiver, by choice
    }
    String example = receivers.get(0);
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        // Its job is known only when it fires: a route by job does not take it for every job.
        routed(alerting, alert.name(), alert.severity(), "", "", alert.origin(), "severity",
            example, report);
      }
    }
    for (SloModel slo : declarations.slos()) {
      routed(alerting, slo.pageAlert(), "page", slo.service(), slo.name(), slo.origin(), "name",
          example, report);
      routed(alerting, slo.ticketAlert(), "ticket", slo.service(), slo.name(), slo.origin(),
          "name", example, report);
    }
  }

  private static void known(AlertRouteModel route, String attribute, List<String> named,
      String what, List<String> declared, ValidationReport.Builder report) {
    for (String name : named) {
      if (!declared.contains(name)) {
        report.add(Diagnostic.at(route.origin(), attribute, Message.UNKNOWN_ROUTE_TARGET,
            attribute, Names.visible(name), what, what,
            declared.isEmpty() ? "none" : String.join(", ", declared)));
      }
    }
  }

  private static void routed(AlertingModel alerting, String alert, String severity, String job,
      String slo, Origin origin, String attribute, String example,
      ValidationReport.Builder report) {
    boolean routed =
        alerting.routes().stream().anyMatch(route -> route.takes(alert, severity, job, slo));
    if (!routed) {
      report.add(Diagnostic.at(origin, attribute, Message.ALERT_NOT_ROUTED, alert, severity,
          slo.isEmpty() ? "" : ", SLO " + slo, example, severity.toUpperCase(Locale.ROOT)));
    }
  }
}
