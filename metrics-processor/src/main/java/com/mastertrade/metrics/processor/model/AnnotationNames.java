package com.mastertrade.metrics.processor.model;

import java.util.List;

/** Qualified names of the schema annotations: read through mirrors, never through classes. */
public final class AnnotationNames {
  /** The package of the toolkit's annotations, with the trailing dot. */
  public static final String PACKAGE = "com.mastertrade.metrics.annotations.";

  public static final String METRICS_SCHEMA = PACKAGE + "MetricsSchema";
  public static final String CATEGORY = PACKAGE + "Category";
  public static final String METRIC = PACKAGE + "Metric";
  public static final String BUCKETS = PACKAGE + "Buckets";
  public static final String QUANTILES = PACKAGE + "Quantiles";
  public static final String MAX_VALUES = PACKAGE + "MaxValues";
  public static final String LABEL = PACKAGE + "Label";
  public static final String LABEL_VALUE = PACKAGE + "LabelValue";
  public static final String DASHBOARD = PACKAGE + "Dashboard";
  public static final String ALERT_GROUP = PACKAGE + "AlertGroup";
  public static final String EXAMPLE_QUERIES = PACKAGE + "ExampleQueries";
  public static final String SCRAPE_CONFIG = PACKAGE + "ScrapeConfig";
  public static final String DEPRECATED_METRIC = PACKAGE + "DeprecatedMetric";
  public static final String ACCEPTED_BREAK = PACKAGE + "AcceptedBreak";
  public static final String ACCEPTED_BREAKS = PACKAGE + "AcceptedBreaks";

  /**
   * The annotations that declare what a schema's metrics feed. Each may sit on an interface nested
   * in the schema or on a top-level interface that names the schema in its {@code schema}
   * attribute; a new kind of declaration is added here and read by the declaration reader.
   */
  public static final List<String> DECLARATIONS =
      List.of(DASHBOARD, ALERT_GROUP, EXAMPLE_QUERIES, SCRAPE_CONFIG);

  private AnnotationNames() {}
}
