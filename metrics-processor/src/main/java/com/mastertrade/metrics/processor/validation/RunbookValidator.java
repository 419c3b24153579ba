package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.RunbookModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Every runbook says what its alert means, its likely causes, the first checks and a dashboard to
 * open, one that exists; the alert routing names a receiving job and a service-down alert that
 * exist.
 */
final class RunbookValidator implements DeclarationValidator.Check {
  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    List<String> dashboards = new ArrayList<>();
    declarations.dashboards().stream().map(DashboardModel::uid).forEach(dashboards::add);
    if (!declarations.slos().isEmpty()) {
      dashboards.add(SloModel.dashboardUid(schema.namespace()));
    }
    declarations.runbooks().forEach(runbook -> check(runbook, dashboards, report));
    declarations.alerting().ifPresent(alerting -> check(alerting, declarations, report));
  }

  private static void check(
      RunbookModel runbook, List<String> dashboards, ValidationReport.Builder report) {
    if (runbook.meaning().isBlank()) {
      missing(
          runbook, "meaning", "meaning = \"what it means for the service and its users\"", report);
    }
    if (runbook.causes().isEmpty()) {
      missing(runbook, "causes", "causes = {\"the most likely cause\", ...}", report);
    }
    if (runbook.causes().stream().anyMatch(String::isBlank)) {
      report.add(
          Diagnostic.at(
              runbook.origin(), "causes", Message.RUNBOOK_TEXT_BLANK, runbook.owner(), "cause"));
    }
    for (RunbookModel.CheckModel check : runbook.checks()) {
      if (check.description().isBlank()) {
        report.add(
            Diagnostic.at(
                check.expr().origin(),
                "description",
                Message.RUNBOOK_TEXT_BLANK,
                runbook.owner(),
                "check description"));
      }
    }
    if (runbook.mitigations().stream().anyMatch(String::isBlank)) {
      report.add(
          Diagnostic.at(
              runbook.origin(), "mitigations", Message.RUNBOOK_MITIGATION_BLANK, runbook.owner()));
    }
    if (runbook.checks().isEmpty()) {
      missing(
          runbook,
          "checks",
          "checks = @RunbookCheck(description = \"...\", expr = \"...\")",
          report);
    }
    if (runbook.dashboards().isEmpty()) {
      missing(runbook, "dashboards", "dashboards = {\"" + first(dashboards) + "\"}", report);
    }
    for (String uid : runbook.dashboards()) {
      if (!dashboards.contains(uid)) {
        report.add(
            Diagnostic.at(
                runbook.origin(),
                "dashboards",
                Message.UNKNOWN_DASHBOARD,
                runbook.owner(),
                uid,
                dashboards.isEmpty() ? "none" : String.join(", ", dashboards)));
      }
    }
  }

  private static void missing(
      RunbookModel runbook, String attribute, String example, ValidationReport.Builder report) {
    report.add(
        Diagnostic.at(
            runbook.origin(),
            attribute,
            Message.RUNBOOK_TEXT_MISSING,
            runbook.owner(),
            attribute,
            example));
  }

  private static void check(
      AlertingModel alerting, DeclarationsModel declarations, ValidationReport.Builder report) {
    AlertingFormats.check(alerting, report);
    List<String> jobs = SloValidator.jobs(declarations);
    if (!jobs.contains(alerting.receiverJob())) {
      report.add(
          Diagnostic.at(
              alerting.origin(),
              "receiverJob",
              Message.UNKNOWN_JOB,
              "@Alerting",
              alerting.receiverJob(),
              jobs.isEmpty() ? "none declared" : String.join(", ", jobs)));
    }
    List<String> alerts =
        declarations.alertGroups().stream()
            .flatMap(g -> g.alerts().stream())
            .map(AlertModel::name)
            .toList();
    if (!alerts.contains(alerting.serviceDownAlert())) {
      report.add(
          Diagnostic.at(
              alerting.origin(),
              "serviceDownAlert",
              Message.UNKNOWN_ALERT,
              alerting.serviceDownAlert(),
              alerts.isEmpty() ? "none" : String.join(", ", alerts)));
    }
    if (!alerting.jobDownAlert().isEmpty() && !alerts.contains(alerting.jobDownAlert())) {
      report.add(
          Diagnostic.at(
              alerting.origin(),
              "jobDownAlert",
              Message.UNKNOWN_JOB_DOWN_ALERT,
              alerting.jobDownAlert(),
              alerts.isEmpty() ? "none" : String.join(", ", alerts)));
    }
  }

  private static String first(List<String> dashboards) {
    return dashboards.isEmpty() ? "uid" : dashboards.get(0);
  }
}
