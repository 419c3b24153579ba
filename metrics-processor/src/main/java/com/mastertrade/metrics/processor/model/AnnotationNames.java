package com.mastertrade.metrics.processor.model;

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

  private AnnotationNames() {}
}
