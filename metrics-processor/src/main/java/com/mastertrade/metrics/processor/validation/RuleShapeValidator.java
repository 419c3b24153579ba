package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.PrometheusDuration;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the rule files and their tests need that promtool checks: group names usable as file names,
 * record names that are metric names, annotation templates Prometheus parses and the rule test can
 * render, test series in promtool's notation that last until the alert is evaluated.
 */
final class RuleShapeValidator implements DeclarationValidator.Check {
  private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  /** The rule test evaluates an alert this long after its pending period, sampling every minute. */
  static final long SETTLE_MINUTES = 10;

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    for (AlertGroupModel group : declarations.alertGroups()) {
      if (!GROUP_NAME.matcher(group.name()).matches()) {
        report.add(
            Diagnostic.at(
                group.origin(),
                "name",
                Message.INVALID_GROUP_NAME,
                Names.visible(group.name()),
                Names.sanitize(group.name())));
      }
      for (RecordModel record : group.records()) {
        if (!NamingRules.isMetricName(record.record())) {
          report.add(
              Diagnostic.at(
                  record.origin(),
                  "record",
                  Message.INVALID_RECORD_NAME,
                  Names.visible(record.record()),
                  Names.sanitize(record.record())));
        }
      }
      for (AlertModel alert : group.alerts()) {
        template(alert, "summary", alert.summary(), report);
        template(alert, "description", alert.description(), report);
        testSeries(alert, report);
      }
    }
  }

  private static void template(
      AlertModel alert, String attribute, String text, ValidationReport.Builder report) {
    Optional<String> problem = GoTemplateSyntax.problem(text);
    if (problem.isPresent()) {
      report.add(
          Diagnostic.at(
              alert.origin(),
              attribute,
              Message.INVALID_TEMPLATE,
              attribute,
              alert.name(),
              problem.get()));
    } else if (!TestableTemplates.isTestable(text)) {
      report.add(
          Diagnostic.at(
              alert.origin(),
              attribute,
              Message.UNTESTABLE_TEMPLATE,
              attribute,
              alert.name(),
              TestableTemplates.firstUntestable(text)));
    }
  }

  private static void testSeries(AlertModel alert, ValidationReport.Builder report) {
    long pending = PrometheusDuration.millis(alert.pendingFor()).orElse(0);
    long evaluatedAt = (pending + 59_999) / 60_000 + SETTLE_MINUTES;
    for (TestSeriesModel series : alert.testSeries()) {
      Origin origin = series.series().origin();
      PromtoolSeries.Parsed firing = PromtoolSeries.parse(series.firing());
      PromtoolSeries.Parsed quiet = PromtoolSeries.parse(series.quiet());
      if (!firing.valid()) {
        report.add(invalid(origin, "firing", series.firing(), alert, firing));
      } else if (firing.samples() < evaluatedAt + 1) {
        report.add(
            Diagnostic.at(
                origin,
                "firing",
                Message.TEST_SERIES_TOO_SHORT,
                series.firing(),
                alert.name(),
                firing.samples(),
                alert.name(),
                evaluatedAt,
                evaluatedAt + 1));
      }
      if (!quiet.valid()) {
        report.add(invalid(origin, "quiet", series.quiet(), alert, quiet));
      }
    }
  }

  private static Diagnostic invalid(
      Origin origin, String attribute, String values, AlertModel alert, PromtoolSeries.Parsed p) {
    return Diagnostic.at(
        origin,
        attribute,
        Message.INVALID_TEST_SERIES,
        attribute,
        Names.visible(values),
        alert.name(),
        Names.visible(p.badItem()));
  }
}
