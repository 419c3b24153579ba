package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.declarations.AlertRouteModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Alertmanager matchers of the routes: a severity's, and those of a declared route beneath the
 * severities it takes.
 */
final class AlertRouteMatchers {
  private AlertRouteMatchers() {}

  /** The declared routes that take alerts of {@code severity}, in declaration order. */
  static List<AlertRouteModel> of(AlertingModel alerting, AlertRoutes severity) {
    return alerting.routes().stream()
        .filter(
            r ->
                r.severities().isEmpty()
                    || r.severities().stream().anyMatch(s -> AlertRoutes.of(s) == severity))
        .toList();
  }

  /** The matcher of a severity's route; the default route takes every other severity. */
  static String severity(AlertRoutes severity) {
    if (severity != AlertRoutes.DEFAULT) {
      return "severity=\"" + severity.severity() + "\"";
    }
    String named =
        Arrays.stream(AlertRoutes.values())
            .filter(s -> s != AlertRoutes.DEFAULT)
            .map(AlertRoutes::severity)
            .collect(Collectors.joining("|"));
    return "severity!~\"" + named + "\"";
  }

  /**
   * The matchers of a declared route beneath a severity's route. Its severities are matched again
   * only beneath the default route, which takes several.
   */
  static List<String> of(AlertRouteModel route, AlertRoutes severity) {
    List<String> matchers = new ArrayList<>();
    if (severity == AlertRoutes.DEFAULT && !route.severities().isEmpty()) {
      matchers.add(anyOf("severity", route.severities()));
    }
    if (!route.alerts().isEmpty()) {
      matchers.add(anyOf("alertname", route.alerts()));
    }
    if (!route.jobs().isEmpty()) {
      matchers.add(anyOf("job", route.jobs()));
    }
    if (!route.slos().isEmpty()) {
      matchers.add(anyOf("slo", route.slos()));
    }
    return matchers;
  }

  private static String anyOf(String label, List<String> values) {
    if (values.size() == 1) {
      return label + "=\"" + quoted(values.get(0)) + "\"";
    }
    String alternatives =
        values.stream().map(AlertRouteMatchers::literal).collect(Collectors.joining("|"));
    return label + "=~\"" + quoted(alternatives) + "\"";
  }

  /** A value as a literal of Go's regular expressions. */
  private static String literal(String value) {
    return value.replaceAll("([\\\\.+*?()|\\[\\]{}^$])", "\\\\$1");
  }

  /** A string inside a matcher's double quotes. */
  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
