package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.Numbers;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.Resolutions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SLOs have unique snake-case names, an objective strictly between 0 and 100 percent, a positive
 * minimum of events if they declare one, an owning
 * service that is a scrape job, a metric of the type they need, and alert names no declared alert
 * uses; their bad events and thresholds are checked by {@link SloEventsValidator}, for the
 * histogram form the target reads.
 */
final class SloValidator implements DeclarationValidator.ExpressionCheck {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /**
   * At or below 93.4%, an error ratio 5% above 14.4 times the budget (the rule tests' fast burn)
   * would exceed 1, and at or below 93.06% no error ratio could reach the page threshold at all.
   */
  static final double LOWEST_PAGEABLE_OBJECTIVE = 93.4;

  private final SloEventsValidator events = new SloEventsValidator();

  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    MetricLookup lookup = new MetricLookup(schema);
    Set<String> names = new HashSet<>();
    Set<String> alerts = new HashSet<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      group.alerts().stream().map(AlertModel::name).forEach(alerts::add);
    }
    List<String> jobs = jobs(declarations);
    for (SloModel slo : declarations.slos()) {
      if (!NAME.matcher(slo.name()).matches()) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "name",
                Message.INVALID_SLO_NAME,
                slo.name(),
                Names.sanitize(slo.name())));
      }
      if (names.contains(slo.name())) {
        DeclarationShapeValidator.unique(names, slo.name(), "SLO", slo.origin(), "name", report);
      } else {
        names.add(slo.name());
        // An SLO named twice is reported once, not again for each of its alerts.
        for (String alert : List.of(slo.pageAlert(), slo.ticketAlert(), slo.absentAlert())) {
          DeclarationShapeValidator.unique(alerts, alert, "alert", slo.origin(), "name", report);
        }
      }
      if (!(slo.objective() > 0 && slo.objective() < 100)) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "objective",
                Message.SLO_OBJECTIVE_RANGE,
                Numbers.format(slo.objective()),
                slo.name()));
      } else if (slo.objective() <= LOWEST_PAGEABLE_OBJECTIVE) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "objective",
                Message.SLO_OBJECTIVE_TOO_LOW,
                Numbers.format(slo.objective()),
                slo.name(),
                Numbers.format(LOWEST_PAGEABLE_OBJECTIVE)));
      }
      if (slo.minEvents() < 0) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "minEvents",
                Message.SLO_MIN_EVENTS,
                Long.toString(slo.minEvents()),
                slo.name()));
      }
      if (!jobs.contains(slo.service())) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "service",
                Message.UNKNOWN_JOB,
                "SLO " + slo.name(),
                slo.service(),
                jobs.isEmpty() ? "none declared" : String.join(", ", jobs)));
      }
      metric(lookup, slo, report).ifPresent(metric -> events.check(slo, metric, resolutions.target(), report));
    }
  }

  static List<String> jobs(DeclarationsModel declarations) {
    return declarations.scrapeConfig().stream()
        .flatMap(config -> config.targets().stream())
        .map(TargetModel::job)
        .toList();
  }

  /** The SLO's metric if it exists and has the type the SLO needs; else reports why not. */
  private static Optional<MetricModel> metric(
      MetricLookup lookup, SloModel slo, ValidationReport.Builder report) {
    String attribute = slo.kind().metricAttribute();
    Optional<MetricModel> metric = lookup.metric(slo.metric());
    if (metric.isEmpty()) {
      report.add(
          Diagnostic.at(
              slo.origin(),
              attribute,
              Message.UNKNOWN_METRIC,
              "SLO " + slo.name(),
              slo.metric(),
              MetricReferenceValidator.hint(lookup, slo.metric())));
      return Optional.empty();
    }
    MetricType needed = slo.kind() == Kind.AVAILABILITY ? MetricType.COUNTER : MetricType.HISTOGRAM;
    if (metric.get().type() != needed) {
      report.add(
          Diagnostic.at(
              slo.origin(),
              attribute,
              Message.SLO_METRIC_TYPE,
              slo.kind().word(),
              slo.name(),
              needed.prometheusName(),
              slo.metric(),
              metric.get().type().prometheusName(),
              needed.prometheusName()));
      return Optional.empty();
    }
    return metric;
  }
}
