package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
import com.mastertrade.metrics.processor.model.AcceptedBreakModel;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.LabelValueModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the schema's history refers to exists and is written as the compatibility check reads it:
 * a former name belongs to one metric (or one label of a metric) and is written as declared names
 * are, without the namespace and without a counter's {@code _total}; an accepted break names an
 * element the schema has; a deprecation's replacement names a metric or a constant of the schema.
 */
final class EvolutionReferenceValidator implements SchemaValidator.Check {
  /**
   * An element as the compatibility report names it: {@code metric}, {@code metric{label}} or
   * {@code metric{label="value"}}; the names are then held to {@link NamingRules}.
   */
  private static final Pattern ELEMENT =
      Pattern.compile("([^{}\"=]+)(?:\\{([^{}\"=]+)(?:=\"((?:[^\"\\\\]|\\\\.)*)\")?})?");
  private static final Pattern RECORDING_RULE = Pattern.compile("recording rule \\S+");

  /** The changes whose element is gone from the schema by the time the break is accepted. */
  private static final Set<String> ELEMENT_GONE =
      Set.of("METRIC_REMOVED", "METRIC_RENAMED", "RECORDING_RULE_REMOVED");

  /** The changes whose element names a label the metric has now. */
  private static final Set<String> LABEL_PRESENT =
      Set.of(
          "LABEL_ADDED",
          "LABEL_DOMAIN_CHANGED",
          "LABEL_VALUE_REMOVED",
          "LABEL_VALUE_CHANGED",
          "LABEL_BOUND_LOWERED");

  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    String prefix = schema.namespace() + "_";
    Map<String, MetricModel> formerOwners = new HashMap<>();
    Map<String, MetricModel> byName = new HashMap<>();
    schema.metrics().forEach(m -> byName.putIfAbsent(m.name(), m));
    for (MetricModel metric : schema.metrics().toList()) {
      for (int i = 0; i < metric.formerly().size(); i++) {
        String former = metric.formerly().get(i);
        String written = former.substring(prefix.length());
        if (written.startsWith(prefix)) {
          formerForm(metric, i, written, "starts with the namespace '" + prefix + "', which the"
              + " schema adds", written.substring(prefix.length()), report);
        } else if (metric.type() == MetricType.COUNTER && written.endsWith("_total")) {
          formerForm(metric, i, written, "ends in '_total', which exposition adds to a counter",
              written.substring(0, written.length() - "_total".length()), report);
        } else {
          MetricModel first = formerOwners.putIfAbsent(former, metric);
          if (first != null && first != metric) {
            report.add(
                Diagnostic.onArrayElement(
                    metric.origin().element(),
                    AnnotationNames.METRIC,
                    "formerly",
                    i,
                    Message.FORMER_NAME_SHARED,
                    written,
                    Names.describe(metric),
                    Names.describe(first),
                    "metric"));
          }
        }
      }
      Map<String, LabelModel> labelFormers = new HashMap<>();
      for (LabelModel label : metric.labels()) {
        for (int i = 0; i < label.formerly().size(); i++) {
          LabelModel first = labelFormers.putIfAbsent(label.formerly().get(i), label);
          if (first != null && first != label) {
            report.add(
                Diagnostic.onArrayElement(
                    label.origin().element(),
                    AnnotationNames.LABEL,
                    "formerly",
                    i,
                    Message.FORMER_NAME_SHARED,
                    label.formerly().get(i),
                    "label " + label.name() + " of " + Names.describe(metric),
                    "label " + first.name(),
                    "label"));
          }
        }
      }
      metric
          .deprecation()
          .ifPresent(d -> metricReplacement(schema, metric, d, report));
    }
    Set<String> enums = new HashSet<>();
    schema
        .metrics()
        .flatMap(m -> m.labels().stream())
        .filter(label -> enums.add(label.javaType()))
        .forEach(label -> valueReplacements(label, report));
    for (AcceptedBreakModel accepted : schema.acceptedBreaks()) {
      acceptedBreak(accepted, byName, report);
    }
  }

  private static void formerForm(
      MetricModel metric,
      int index,
      String written,
      String problem,
      String fix,
      ValidationReport.Builder report) {
    report.add(
        Diagnostic.onArrayElement(
            metric.origin().element(),
            AnnotationNames.METRIC,
            "formerly",
            index,
            Message.FORMER_NAME_FORM,
            written,
            Names.describe(metric),
            problem,
            fix));
  }

  private static void metricReplacement(
      SchemaModel schema, MetricModel metric, Deprecation deprecation, ValidationReport.Builder r) {
    String replacement = deprecation.replacement();
    if (replacement.isEmpty()) {
      return;
    }
    for (CategoryModel category : schema.categories()) {
      for (MetricModel other : category.metrics()) {
        if (other == metric) {
          continue;
        }
        String local = other.name().substring(schema.namespace().length() + 1);
        if (replacement.equals(category.simpleName() + "." + other.methodName())
            || replacement.equals(other.name())
            || replacement.equals(local)
            || replacement.equals(other.exposedName())) {
          return;
        }
      }
    }
    r.add(
        Diagnostic.at(
            deprecation.origin(),
            "replacement",
            Message.UNKNOWN_REPLACEMENT,
            Names.visible(replacement),
            Names.describe(metric),
            "another metric of the schema, as Category.method or by its name"));
  }

  private static void valueReplacements(LabelModel label, ValidationReport.Builder report) {
    for (LabelValueModel value : label.constants()) {
      Optional<Deprecation> deprecation = value.deprecation();
      if (deprecation.isEmpty() || deprecation.get().replacement().isEmpty()) {
        continue;
      }
      String replacement = deprecation.get().replacement();
      boolean known =
          label.constants().stream()
              .filter(other -> other != value)
              .anyMatch(o -> o.constant().equals(replacement) || o.value().equals(replacement));
      if (!known) {
        report.add(
            Diagnostic.at(
                deprecation.get().origin(),
                "replacement",
                Message.UNKNOWN_REPLACEMENT,
                Names.visible(replacement),
                label.javaType() + "." + value.constant(),
                "another constant of " + label.javaType() + ", or its label value"));
      }
    }
  }

  private static void acceptedBreak(
      AcceptedBreakModel accepted, Map<String, MetricModel> byName, ValidationReport.Builder r) {
    String element = accepted.element();
    Optional<String> problem;
    Matcher m = ELEMENT.matcher(element);
    if (RECORDING_RULE.matcher(element).matches()) {
      problem = Optional.empty();
    } else if (!m.matches()
        || !NamingRules.isMetricName(m.group(1))
        || (m.group(2) != null && !NamingRules.isLabelNameSyntax(m.group(2)))) {
      problem = Optional.of("no element the compatibility report names");
    } else if (ELEMENT_GONE.contains(accepted.change())) {
      problem = Optional.empty();
    } else if (!byName.containsKey(m.group(1))) {
      problem = Optional.of("the metric " + m.group(1) + ", which the schema does not declare");
    } else if (LABEL_PRESENT.contains(accepted.change())
        && (m.group(2) == null
            || byName.get(m.group(1)).labels().stream()
                .noneMatch(l -> l.name().equals(m.group(2))))) {
      problem =
          Optional.of(
              m.group(2) == null
                  ? "no label, but a " + accepted.change() + " is a label's"
                  : "the label " + m.group(2) + ", which " + m.group(1) + " does not have");
    } else {
      problem = Optional.empty();
    }
    problem.ifPresent(
        p ->
            r.add(
                Diagnostic.at(
                    accepted.origin(),
                    "element",
                    Message.ACCEPTED_BREAK_UNKNOWN_ELEMENT,
                    accepted.change(),
                    Names.visible(element),
                    p)));
  }
}
