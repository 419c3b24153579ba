package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An alert test expects label values its alert can carry: a label the expression carries through
 * from its selectors ({@link LabelSources}) has a value of the test's series those selectors
 * select. {@code up{job="api_gateway"} == 0} cannot fire with {@code job="api_gatway"}, and
 * promtool would fail the test. Where the label's source is unknown (written by a function, a
 * recorded series, a series the test's selectors do not spell out) nothing is concluded.
 */
final class AlertTestLabelValueValidator implements DeclarationValidator.ExpressionCheck {
  /** Labels the rule itself sets, whatever its series carry. */
  private static final Set<String> RULE_LABELS = Set.of("alertname", "severity");

  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    for (AlertGroupModel group : declarations.alertGroups()) {
      Set<String> recorded = group.recordedSeries();
      for (AlertModel alert : group.alerts()) {
        Optional<ResolvedExpression> resolved = resolutions.of(alert.expr()).resolved();
        Optional<List<TestInputSeries>> inputs = inputs(alert, resolutions);
        if (resolved.isEmpty() || inputs.isEmpty()) {
          continue; // their own errors are reported
        }
        for (String label : alert.testLabels()) {
          int equals = label.indexOf('=');
          if (equals > 0) {
            check(alert, label.substring(0, equals), label.substring(equals + 1),
                resolved.get(), recorded, inputs.get(), report);
          }
        }
      }
    }
  }

  private static void check(AlertModel alert, String name, String value,
      ResolvedExpression expression, Set<String> recorded, List<TestInputSeries> inputs,
      ValidationReport.Builder report) {
    if (value.isEmpty()
        || RULE_LABELS.contains(name)
        || !expression.resultLabels().mayHave(name)) {
      return; // an empty value expects no label; a label no series carries is reported already
    }
    Optional<List<Expr.VectorSelector>> sources = LabelSources.of(expression.ast(), name);
    if (sources.isEmpty()) {
      return;
    }
    Set<String> values = new TreeSet<>();
    for (Expr.VectorSelector selector : sources.get()) {
      String series = TestInputSeries.seriesName(selector, expression);
      if (!TestInputSeries.readsInputs(selector, series, recorded)) {
        return;
      }
      for (TestInputSeries input : inputs) {
        if (input.selectedBy(selector, series)) {
          values.add(input.labels().getOrDefault(name, ""));
        }
      }
    }
    // No series selected: the alert cannot fire at all, which NeverFiringAlertValidator reports.
    if (values.isEmpty() || values.contains(value)) {
      return;
    }
    report.add(
        Diagnostic.at(
            alert.testOrigin(),
            "labels",
            Message.TEST_LABEL_VALUE_NOT_IN_SERIES,
            alert.name(),
            name,
            value,
            name,
            values.stream()
                .map(v -> v.isEmpty() ? "no " + name : name + "=\"" + v + "\"")
                .collect(Collectors.joining(", "))));
  }

  /** The test's input series, or empty if one cannot be read: then no label is decided. */
  private static Optional<List<TestInputSeries>> inputs(AlertModel alert, Resolutions resolutions) {
    List<TestInputSeries> inputs = new ArrayList<>();
    for (TestSeriesModel series : alert.testSeries()) {
      Optional<TestInputSeries> input = TestInputSeries.of(series, resolutions);
      if (input.isEmpty()) {
        return Optional.empty();
      }
      inputs.add(input.get());
    }
    return Optional.of(inputs);
  }
}
