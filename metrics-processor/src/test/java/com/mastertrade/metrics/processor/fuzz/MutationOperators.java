package com.mastertrade.metrics.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutation operator of every attribute of every toolkit annotation, keyed {@code
 * Annotation.attribute}. {@code MutationOperatorCoverageTest} fails when an annotation of
 * metrics-annotations gains an attribute that has no operator here, so the fuzz test grows with
 * the toolkit. An operator gives a new value in source form from the current one (null when the
 * source leaves the attribute at its default, in which case the attribute is added).
 */
final class MutationOperators {
  /** Gives a new value for one attribute. */
  interface Operator {
    String value(String current, String source, Random random);

    /** True if the new value may change which sections the docs have. */
    boolean structural();
  }

  private static final String A = "com.mastertrade.metrics.annotations.";

  private MutationOperators() {}

  /** A value from a pool of hostile and ordinary values (an element of an array value). */
  static Operator pool(List<String> values) {
    return pool(values, false);
  }

  /** A pool whose values may add or remove a section of the docs (a deprecation, a history). */
  static Operator pool(List<String> values, boolean structural) {
    return new Operator() {
      @Override
      public String value(String current, String source, Random random) {
        String picked = "\"" + values.get(random.nextInt(values.size())) + "\"";
        if (current != null && current.strip().startsWith("{") && random.nextBoolean()) {
          // One element of the array replaced, the others kept.
          List<String> elements = elementsOf(current);
          if (!elements.isEmpty()) {
            elements.set(random.nextInt(elements.size()), picked);
            return "{" + String.join(", ", elements) + "}";
          }
        }
        return picked;
      }

      @Override
      public boolean structural() {
        return structural;
      }
    };
  }

  /** A value in source form from a pool (numbers, class literals, constants). */
  static Operator literal(boolean structural, List<String> values) {
    return new Operator() {
      @Override
      public String value(String current, String source, Random random) {
        return values.get(random.nextInt(values.size()));
      }

      @Override
      public boolean structural() {
        return structural;
      }
    };
  }

  /** Another constant of the attribute's enum. */
  static Operator constant(Class<? extends Enum<?>> type) {
    List<String> values = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      values.add(A + type.getSimpleName() + "." + constant.name());
    }
    return literal(true, values);
  }

  /** A PromQL template broken in its syntax or types, or extended. */
  static Operator promql() {
    return new Operator() {
      @Override
      public String value(String current, String source, Random random) {
        String expr = current == null ? "" : current.strip();
        List<String> elements = expr.startsWith("{") ? elementsOf(expr) : List.of(expr);
        String one = elements.isEmpty() ? "\"\"" : elements.get(random.nextInt(elements.size()));
        String inner =
            one.length() >= 2 && one.startsWith("\"") ? one.substring(1, one.length() - 1) : "";
        return "\"" + PromqlMutations.mutate(inner, random) + "\"";
      }

      @Override
      public boolean structural() {
        return false;
      }
    };
  }

  /**
   * An array of nested annotations with one element dropped or repeated, or none left; a single
   * nested annotation replaced by another of the same annotation in the source.
   */
  static Operator elements(String annotation, boolean array) {
    return new Operator() {
      @Override
      public String value(String current, String source, Random random) {
        if (!array) {
          List<String> others = usesOf(annotation, source);
          return others.isEmpty() || current == null
              ? current
              : others.get(random.nextInt(others.size()));
        }
        List<String> elements = current == null ? List.of() : elementsOf(current);
        List<String> changed = new ArrayList<>(elements);
        switch (random.nextInt(elements.isEmpty() ? 1 : 4)) {
          case 0 -> {
            List<String> others = usesOf(annotation, source);
            if (others.isEmpty()) {
              return current == null ? "{}" : current;
            }
            changed.add(others.get(random.nextInt(others.size())));
          }
          case 1 -> changed.remove(random.nextInt(changed.size()));
          case 2 -> changed.add(changed.get(random.nextInt(changed.size())));
          default -> changed.clear();
        }
        return "{" + String.join(", ", changed) + "}";
      }

      @Override
      public boolean structural() {
        return true;
      }
    };
  }

  /** The text of every use of {@code annotation} in {@code source}. */
  private static List<String> usesOf(String annotation, String source) {
    List<String> uses = new ArrayList<>();
    for (AnnotationUses.Use use : AnnotationUses.of(source)) {
      if (use.annotation().equals(annotation)) {
        uses.add(source.substring(use.at(), use.end()));
      }
    }
    return uses;
  }

  /** The top-level elements of an array value, or the value itself if it is not an array. */
  static List<String> elementsOf(String value) {
    List<String> elements = new ArrayList<>();
    for (int[] span : AnnotationUses.elements(value, 0, value.length())) {
      elements.add(value.substring(span[0], span[1]));
    }
    return elements;
  }

  private static final Operator NAMES = pool(HostileValues.NAMES);
  private static final Operator TEXTS = pool(HostileValues.TEXTS);
  private static final Operator DURATIONS = pool(HostileValues.DURATIONS);
  private static final Operator PROMQL = promql();
  private static final Operator CLASSES =
      literal(
          true,
          List.of(
              "void.class",
              "String.class",
              "Object.class",
              "java.time.DayOfWeek.class",
              "java.util.concurrent.TimeUnit.class",
              A + "Severity.class"));
  private static final Operator INTS = literal(false, HostileValues.INTS);
  private static final Operator LONGS = literal(false, HostileValues.LONGS);
  private static final Operator DOUBLES = literal(false, HostileValues.DOUBLE_ARRAYS);

  /** Every operator, by {@code Annotation.attribute}. */
  static final Map<String, Operator> OPERATORS = table();

  private static Map<String, Operator> table() {
    Map<String, Operator> t = new TreeMap<>();
    t.put("AcceptedBreak.change", constant(com.mastertrade.metrics.annotations.SchemaChange.class));
    t.put("AcceptedBreak.element", pool(HostileValues.ELEMENTS));
    t.put("AcceptedBreak.reason", TEXTS);
    t.put("AcceptedBreaks.value", elements("AcceptedBreak", true));
    t.put("Alert.name", NAMES);
    t.put("Alert.expr", PROMQL);
    t.put("Alert.pendingFor", DURATIONS);
    t.put("Alert.severity", constant(com.mastertrade.metrics.annotations.Severity.class));
    t.put("Alert.summary", TEXTS);
    t.put("Alert.description", TEXTS);
    t.put("Alert.test", elements("AlertTest", false));
    t.put("Alert.runbook", elements("Runbook", false));
    t.put("AlertGroup.name", NAMES);
    t.put("AlertGroup.records", elements("RecordingRule", true));
    t.put("AlertGroup.alerts", elements("Alert", true));
    t.put("AlertGroup.schema", CLASSES);
    t.put("AlertTest.series", elements("TestSeries", true));
    t.put("AlertTest.labels", pool(HostileValues.TEST_LABELS));
    t.put("Alerting.receiverJob", NAMES);
    t.put("Alerting.receiverPath", pool(HostileValues.URL_PATHS));
    t.put("Alerting.receiverCredentialsFile", pool(HostileValues.FILE_NAMES));
    t.put("Alerting.serviceDownAlert", NAMES);
    t.put("Alerting.jobDownAlert", NAMES);
    t.put("Alerting.runbookBaseUrl", pool(HostileValues.URLS));
    t.put("Alerting.dashboardBaseUrl", pool(HostileValues.URLS));
    t.put("Alerting.traceSearchBaseUrl", pool(HostileValues.URLS));
    t.put("Alerting.schema", CLASSES);
    t.put("Alerting.receivers", elements("Receiver", true));
    t.put("Alerting.routes", elements("AlertRoute", true));
    t.put("Alerting.watchdogReceiver", NAMES);
    t.put("AlertRoute.receiver", NAMES);
    t.put(
        "AlertRoute.severities",
        literal(
            true,
            List.of(
                "{}",
                "{" + A + "Severity.PAGE}",
                "{" + A + "Severity.PAGE, " + A + "Severity.PAGE}",
                "{" + A + "Severity.WARNING, " + A + "Severity.TICKET}")));
    t.put("AlertRoute.jobs", NAMES);
    t.put("AlertRoute.slos", NAMES);
    t.put("AlertRoute.alerts", NAMES);
    t.put("Receiver.name", NAMES);
    t.put("Receiver.kind", constant(com.mastertrade.metrics.annotations.ReceiverKind.class));
    t.put("Receiver.secretFile", pool(HostileValues.ADDRESSES));
    t.put("Receiver.url", pool(HostileValues.ADDRESSES));
    t.put("Receiver.channel", pool(HostileValues.ADDRESSES));
    t.put("Receiver.to", pool(HostileValues.ADDRESSES));
    t.put("Receiver.from", pool(HostileValues.ADDRESSES));
    t.put("Receiver.smarthost", pool(HostileValues.ADDRESSES));
    t.put("Receiver.username", NAMES);
    t.put("AvailabilitySlo.name", NAMES);
    t.put("AvailabilitySlo.service", NAMES);
    t.put("AvailabilitySlo.objective", literal(false, HostileValues.OBJECTIVES));
    t.put(
        "AvailabilitySlo.window",
        constant(com.mastertrade.metrics.annotations.ComplianceWindow.class));
    t.put("AvailabilitySlo.description", TEXTS);
    t.put("AvailabilitySlo.events", pool(HostileValues.REFERENCES));
    t.put("AvailabilitySlo.badType", CLASSES);
    t.put("AvailabilitySlo.bad", NAMES);
    t.put("AvailabilitySlo.runbook", elements("Runbook", false));
    t.put("AvailabilitySlo.minEvents", LONGS);
    t.put("AvailabilitySlo.inhibits", NAMES);
    t.put("AvailabilitySlo.demotes", NAMES);
    t.put("Buckets.value", DOUBLES);
    t.put("Buckets.preset", constant(com.mastertrade.metrics.annotations.BucketPreset.class));
    t.put("Buckets.named", NAMES);
    t.put("Buckets.kind", constant(com.mastertrade.metrics.annotations.HistogramKind.class));
    t.put(
        "Buckets.nativeInitialSchema", literal(false, List.of("-5", "-4", "0", "3", "8", "9")));
    t.put("Buckets.nativeMaxBuckets", INTS);
    t.put("Category.title", TEXTS);
    t.put("Category.description", TEXTS);
    t.put("Category.prefix", NAMES);
    t.put("Dashboard.uid", NAMES);
    t.put("Dashboard.title", TEXTS);
    t.put("Dashboard.description", TEXTS);
    t.put("Dashboard.tags", TEXTS);
    t.put("Dashboard.variables", elements("Variable", true));
    t.put("Dashboard.panels", elements("Panel", true));
    t.put("Dashboard.schema", CLASSES);
    t.put("DeprecatedMetric.since", pool(HostileValues.VERSIONS, true));
    t.put("DeprecatedMetric.reason", pool(HostileValues.TEXTS, true));
    t.put("DeprecatedMetric.replacement", pool(HostileValues.REFERENCES, true));
    t.put("ExampleQueries.value", elements("Query", true));
    t.put("ExampleQueries.schema", CLASSES);
    t.put("Label.value", NAMES);
    t.put("Label.formerly", pool(HostileValues.FORMER_NAMES, true));
    t.put("LabelValue.value", NAMES);
    t.put("LatencySlo.name", NAMES);
    t.put("LatencySlo.service", NAMES);
    t.put("LatencySlo.objective", literal(false, HostileValues.OBJECTIVES));
    t.put(
        "LatencySlo.window", constant(com.mastertrade.metrics.annotations.ComplianceWindow.class));
    t.put("LatencySlo.description", TEXTS);
    t.put("LatencySlo.histogram", pool(HostileValues.REFERENCES));
    t.put("LatencySlo.threshold", literal(false, HostileValues.THRESHOLDS));
    t.put("LatencySlo.runbook", elements("Runbook", false));
    t.put("LatencySlo.minEvents", LONGS);
    t.put("LatencySlo.inhibits", NAMES);
    t.put("LatencySlo.demotes", NAMES);
    t.put("MaxValues.value", INTS);
    t.put("Metric.help", TEXTS);
    t.put("Metric.name", NAMES);
    t.put("Metric.unit", pool(HostileValues.UNITS));
    t.put("Metric.formerly", pool(HostileValues.FORMER_NAMES, true));
    t.put("Metric.exemplars", constant(com.mastertrade.metrics.annotations.Exemplars.class));
    t.put("MetricsSchema.namespace", NAMES);
    t.put("MetricsSchema.maxSeries", LONGS);
    t.put("MetricsSchema.maxSeriesPerMetric", LONGS);
    t.put("MetricsSchema.buckets", elements("NamedBuckets", true));
    t.put("NamedBuckets.name", NAMES);
    t.put("NamedBuckets.value", DOUBLES);
    t.put("Panel.title", TEXTS);
    t.put("Panel.description", TEXTS);
    t.put("Panel.type", constant(com.mastertrade.metrics.annotations.PanelType.class));
    t.put("Panel.unit", pool(HostileValues.PANEL_UNITS));
    t.put("Panel.expr", PROMQL);
    t.put("Panel.legend", TEXTS);
    t.put("Panel.width", INTS);
    t.put("Panel.height", INTS);
    t.put("Quantiles.value", DOUBLES);
    t.put("Quantiles.maxAgeSeconds", LONGS);
    t.put("Query.name", TEXTS);
    t.put("Query.description", TEXTS);
    t.put("Query.expr", PROMQL);
    t.put("RecordingRule.record", NAMES);
    t.put("RecordingRule.expr", PROMQL);
    t.put("Runbook.meaning", TEXTS);
    t.put("Runbook.causes", TEXTS);
    t.put("Runbook.mitigations", TEXTS);
    t.put("Runbook.checks", elements("RunbookCheck", true));
    t.put("Runbook.dashboards", NAMES);
    t.put("RunbookCheck.description", TEXTS);
    t.put("RunbookCheck.expr", PROMQL);
    t.put("ScrapeConfig.scrapeInterval", DURATIONS);
    t.put("ScrapeConfig.evaluationInterval", DURATIONS);
    t.put("ScrapeConfig.targets", elements("ScrapeTarget", true));
    t.put("ScrapeConfig.schema", CLASSES);
    t.put("ScrapeTarget.job", NAMES);
    t.put("ScrapeTarget.host", NAMES);
    t.put("ScrapeTarget.port", INTS);
    t.put("ScrapeTarget.path", pool(HostileValues.PATHS));
    t.put("ScrapeTarget.scheme", pool(HostileValues.SCHEMES));
    t.put("ServiceLevelObjectives.availability", elements("AvailabilitySlo", true));
    t.put("ServiceLevelObjectives.latency", elements("LatencySlo", true));
    t.put("ServiceLevelObjectives.schema", CLASSES);
    t.put("TestSeries.series", PROMQL);
    t.put("TestSeries.firing", pool(HostileValues.SERIES_VALUES));
    t.put("TestSeries.quiet", pool(HostileValues.SERIES_VALUES));
    t.put("Variable.metric", pool(HostileValues.REFERENCES));
    t.put("Variable.label", NAMES);
    return t;
  }

  /** The operators of one annotation's attributes, by attribute name. */
  static Map<String, Operator> of(String annotation) {
    Map<String, Operator> operators = new TreeMap<>();
    OPERATORS.forEach(
        (key, operator) -> {
          if (key.startsWith(annotation + ".")) {
            operators.put(key.substring(annotation.length() + 1), operator);
          }
        });
    return operators;
  }

  /** The annotations that have operators. */
  static Set<String> annotations() {
    Set<String> names = new java.util.TreeSet<>();
    OPERATORS.keySet().forEach(key -> names.add(key.substring(0, key.indexOf('.'))));
    return names;
  }
}
