package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
import com.mastertrade.metrics.processor.model.AcceptedBreakModel;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.LabelValueModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the schema says about its own history is usable by the compatibility check: deprecations say
 * since when and why, former names are names and belong to no other metric, accepted breaks say
 * why.
 */
final class SchemaEvolutionValidator implements SchemaValidator.Check {

  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    Map<String, MetricModel> byName = new HashMap<>();
    // An enum is the domain of several labels: its constants are checked once.
    Set<String> enums = new HashSet<>();
    schema.metrics().forEach(metric -> byName.putIfAbsent(metric.name(), metric));
    schema
        .metrics()
        .forEach(
            metric -> {
              deprecation(metric.deprecation(), Names.describe(metric), report);
              formerNames(schema, metric, byName, report);
              for (LabelModel label : metric.labels()) {
                formerLabelNames(metric, label, report);
                if (enums.add(label.javaType())) {
                  for (LabelValueModel value : label.constants()) {
                    deprecation(
                        value.deprecation(), label.javaType() + "." + value.constant(), report);
                  }
                }
              }
            });
    for (AcceptedBreakModel accepted : schema.acceptedBreaks()) {
      if (accepted.reason().isBlank()) {
        report.add(
            Diagnostic.at(
                accepted.origin(),
                "reason",
                Message.ACCEPTED_BREAK_WITHOUT_REASON,
                accepted.change(),
                accepted.element()));
      }
    }
  }

  private static void deprecation(
      Optional<Deprecation> deprecation, String what, ValidationReport.Builder report) {
    if (deprecation.isEmpty()) {
      return;
    }
    for (String attribute : List.of("since", "reason")) {
      String value =
          attribute.equals("since") ? deprecation.get().since() : deprecation.get().reason();
      if (value.isBlank()) {
        report.add(
            Diagnostic.at(
                deprecation.get().origin(),
                attribute,
                Message.INCOMPLETE_DEPRECATION,
                what,
                attribute));
      }
    }
  }

  private static void formerNames(
      SchemaModel schema,
      MetricModel metric,
      Map<String, MetricModel> byName,
      ValidationReport.Builder report) {
    for (int i = 0; i < metric.formerly().size(); i++) {
      String former = metric.formerly().get(i);
      String written = former.substring(schema.namespace().length() + 1);
      MetricModel owner = byName.get(former);
      if (!NamingRules.isMetricName(written)) {
        report.add(
            Diagnostic.onArrayElement(
                metric.origin().element(),
                AnnotationNames.METRIC,
                "formerly",
                i,
                Message.INVALID_FORMER_NAME,
                written,
                Names.describe(metric),
                "metric",
                ", e.g. '" + Names.sanitize(written) + "'"));
      } else if (owner != null) {
        report.add(
            Diagnostic.onArrayElement(
                metric.origin().element(),
                AnnotationNames.METRIC,
                "formerly",
                i,
                Message.FORMER_NAME_IN_USE,
                written,
                Names.describe(metric),
                Names.describe(owner)));
      }
    }
  }

  private static void formerLabelNames(
      MetricModel metric, LabelModel label, ValidationReport.Builder report) {
    for (int i = 0; i < label.formerly().size(); i++) {
      String former = label.formerly().get(i);
      if (!NamingRules.isLabelName(former)) {
        report.add(
            Diagnostic.onArrayElement(
                label.origin().element(),
                AnnotationNames.LABEL,
                "formerly",
                i,
                Message.INVALID_FORMER_NAME,
                former,
                "label " + label.name() + " of " + Names.describe(metric),
                "label",
                ""));
      } else if (former.equals(label.name())
          || metric.labels().stream().anyMatch(l -> l.name().equals(former))) {
        report.add(
            Diagnostic.onArrayElement(
                label.origin().element(),
                AnnotationNames.LABEL,
                "formerly",
                i,
                Message.FORMER_NAME_IN_USE,
                former,
                "label " + label.name() + " of " + Names.describe(metric),
                "label " + former));
      }
    }
  }
}
