package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.LabelValueModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.MetricReference;
import com.mastertrade.metrics.processor.promql.PromqlTemplate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A panel, recording rule, alert or query that reads a deprecated metric, or selects a deprecated
 * label value ({@code {Http.requests}{method="TRACE"}}), is a warning on that declaration: it would
 * go empty when the metric or value is removed. Alert test series are inputs, not readers.
 */
final class DeprecatedUseValidator implements DeclarationValidator.Check {
  /** An equality or regex matcher on a quoted value in the selector after a reference. */
  private static final Pattern MATCHER =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    MetricLookup lookup = new MetricLookup(schema);
    readers(declarations).forEach(expr -> check(lookup, expr, report));
  }

  private static Stream<ExpressionModel> readers(DeclarationsModel declarations) {
    return Stream.of(
            declarations.dashboards().stream()
                .flatMap(d -> d.panels().stream())
                .flatMap(p -> p.exprs().stream()),
            declarations.alertGroups().stream()
                .flatMap(g -> g.records().stream())
                .map(r -> r.expr()),
            declarations.alertGroups().stream()
                .flatMap(g -> g.alerts().stream())
                .map(a -> a.expr()),
            declarations.queries().stream().map(q -> q.expr()))
        .flatMap(s -> s);
  }

  private static void check(
      MetricLookup lookup, ExpressionModel expr, ValidationReport.Builder report) {
    for (MetricReference reference : PromqlTemplate.parse(expr.template()).references()) {
      Optional<MetricModel> metric = lookup.metric(reference);
      if (metric.isEmpty()) {
        continue;
      }
      String written = "{" + reference.written() + "}";
      metric.get().deprecation().ifPresent(d -> report.add(warning(expr, written, d)));
      String selector = selectorAt(expr.template(), reference.end());
      Matcher matcher = MATCHER.matcher(selector);
      while (matcher.find()) {
        String labelName = matcher.group(1);
        boolean regex = matcher.group(2).equals("=~");
        for (LabelModel label : metric.get().labels()) {
          if (!label.name().equals(labelName)) {
            continue;
          }
          for (LabelValueModel value : label.constants()) {
            if (value.deprecation().isPresent()
                && selects(matcher.group(3), regex, value.value())) {
              report.add(
                  warning(
                      expr,
                      "label value " + value.value() + " of " + written,
                      value.deprecation().get()));
            }
          }
        }
      }
    }
  }

  /**
   * Whether the matcher's value names {@code value}: equal, or one plain alternative of a regex.
   */
  private static boolean selects(String matched, boolean regex, String value) {
    if (!regex) {
      return matched.equals(value);
    }
    for (String alternative : matched.split("\\|", -1)) {
      if (alternative.equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code {...}} right after a reference, or empty. */
  private static String selectorAt(String template, int index) {
    if (index >= template.length() || template.charAt(index) != '{') {
      return "";
    }
    int close = template.indexOf('}', index);
    return close < 0 ? "" : template.substring(index + 1, close);
  }

  private static Diagnostic warning(ExpressionModel expr, String used, Deprecation deprecation) {
    String instead =
        deprecation.replacement().isEmpty()
            ? "stop using it"
            : "use " + deprecation.replacement() + " instead";
    return Diagnostic.at(
        expr.origin(),
        expr.attribute(),
        Message.DEPRECATED_USE,
        expr.what(),
        used,
        deprecation.since(),
        deprecation.reason(),
        instead);
  }
}
