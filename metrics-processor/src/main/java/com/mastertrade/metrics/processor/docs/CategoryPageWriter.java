package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.Numbers;
import com.mastertrade.metrics.processor.model.SnakeCase;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One Markdown page per category: for every metric its name, type, unit, help, labels with their
 * domains, buckets or quantiles, worst-case series, type-right PromQL, and what uses it.
 */
final class CategoryPageWriter {
  private final UsageIndex usage;

  CategoryPageWriter(UsageIndex usage) {
    this.usage = usage;
  }

  static String fileName(CategoryModel category) {
    return SnakeCase.of(category.simpleName()) + ".md";
  }

  String write(CategoryModel category) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(MarkdownText.inline(category.title())).append("\n\n");
    md.append(MarkdownText.text(category.description())).append("\n\n");
    md.append("Declared in `").append(category.qualifiedName()).append("`; ");
    md.append(category.metrics().size()).append(" metrics, at worst ");
    md.append(String.format(Locale.ROOT, "%,d", category.worstCaseSeries())).append(" series.\n");
    for (MetricModel metric : category.metrics()) {
      metric(md, category, metric);
    }
    return md.toString();
  }

  private void metric(StringBuilder md, CategoryModel category, MetricModel metric) {
    String key = UsageIndex.key(category.simpleName(), metric);
    md.append("\n## `").append(metric.exposedName()).append("`\n\n");
    md.append(MarkdownText.text(metric.help() + ".")).append("\n\n");
    metric
        .deprecation()
        .ifPresent(d -> md.append("> **Deprecated** ").append(sentence(d)).append("\n\n"));
    md.append("| | |\n|---|---|\n");
    row(md, "Type", metric.type().prometheusName());
    row(md, "Unit", metric.unit().isEmpty() ? "none" : metric.unit());
    row(md, "Recorded by", "`" + category.simpleName() + "." + metric.methodName() + "(...)`");
    row(md, "Labels", labels(metric.labels()));
    if (!metric.formerly().isEmpty()) {
      row(md, "Formerly", code(metric.formerly()));
    }
    if (!metric.buckets().isEmpty()) {
      row(md, "Buckets", numbers(metric.buckets()) + ", +Inf");
    }
    if (!metric.quantiles().isEmpty()) {
      row(md, "Quantiles", numbers(metric.quantiles()));
    }
    if (metric.exemplars()) {
      row(md, "Exemplars", "trace and span id of the current span");
    }
    row(md, "Worst-case series", String.format(Locale.ROOT, "%,d", metric.worstCaseSeries()));
    row(md, "Dashboards", list(usage.panels(key)));
    row(md, "Alerts", list(usage.alerts(key)));
    row(md, "Example queries", list(usage.queries(key)));
    md.append("\n");
    if (metric.type() == MetricType.SUMMARY) {
      md.append(DistributionCosts.SUMMARY).append("\n\n");
    }
    for (TypeExamples.Example example : TypeExamples.of(metric)) {
      md.append(example.title())
          .append(":\n\n")
          .append(MarkdownText.fence("promql", example.promql()))
          .append("\n");
    }
    md.setLength(md.length() - 1);
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static String labels(List<LabelModel> labels) {
    if (labels.isEmpty()) {
      return "none";
    }
    return labels.stream()
        .map(
            l ->
                "`"
                    + l.name()
                    + "`"
                    + (l.formerly().isEmpty() ? "" : " (formerly " + code(l.formerly()) + ")")
                    + ": "
                    + domain(l))
        .collect(Collectors.joining("<br>"));
  }

  /** The domain, each deprecated value marked with its deprecation. */
  private static String domain(LabelModel label) {
    if (label.constants().stream().noneMatch(c -> c.deprecation().isPresent())) {
      return MarkdownText.inline(label.domainDescription())
          .replace("\\_\\_overflow\\_\\_", "`__overflow__`");
    }
    return label.constants().stream()
        .map(
            c ->
                MarkdownText.inline(c.value())
                    + c.deprecation().map(d -> " (**deprecated** " + sentence(d) + ")").orElse(""))
        .collect(Collectors.joining(", "));
  }

  /** {@code since 2.0: why. Use x.} */
  private static String sentence(Deprecation deprecation) {
    String reason =
        deprecation.reason().endsWith(".") ? deprecation.reason() : deprecation.reason() + ".";
    String text =
        "since " + MarkdownText.inline(deprecation.since()) + ": " + MarkdownText.inline(reason);
    return deprecation.replacement().isEmpty()
        ? text
        : text + " Use " + MarkdownText.code(deprecation.replacement()) + ".";
  }

  private static String code(List<String> names) {
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }

  private static String numbers(List<Double> values) {
    return values.stream().map(Numbers::format).collect(Collectors.joining(", "));
  }

  private static String list(List<String> users) {
    return users.isEmpty()
        ? "none"
        : users.stream().map(MarkdownText::inline).collect(Collectors.joining("<br>"));
  }
}
