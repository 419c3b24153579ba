package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;

/**
 * What a histogram and a summary cost the service that records them and the Prometheus that scrapes
 * them: the docs say it wherever a summary is declared, and in the index, so a schema author
 * chooses knowingly.
 */
final class DistributionCosts {
  private static final String COST =
      "client_java computes a summary's quantiles in the service, with a CKMS estimator per time"
          + " bucket of a sliding window: every observation costs a few hundred nanoseconds and"
          + " bytes, and every scrape first folds in all observations buffered since the last, so"
          + " a scrape under heavy recording takes from milliseconds to seconds. Its quantiles"
          + " cannot be added up across instances or recomputed over another window. Keep"
          + " summaries for low-rate values whose per-process quantiles are needed; use a"
          + " histogram otherwise.";

  /** The note on a summary's page. */
  static final String SUMMARY = "**What this summary costs.** " + COST;

  private DistributionCosts() {}

  /** The index's section: the schema's distributions and what each kind costs. */
  static String indexSection(SchemaModel schema) {
    int histograms = 0;
    StringBuilder summaries = new StringBuilder();
    for (CategoryModel category : schema.categories()) {
      for (MetricModel metric : category.metrics()) {
        if (metric.type() == MetricType.HISTOGRAM) {
          histograms++;
        } else if (metric.type() == MetricType.SUMMARY) {
          summaries.append(summaries.length() == 0 ? "" : ", ");
          summaries.append('`').append(metric.exposedName()).append('`');
        }
      }
    }
    return "\n## Distributions\n\n"
        + histograms
        + " histograms; "
        + (summaries.length() == 0 ? "no summaries" : "summaries: " + summaries)
        + ". A histogram observation is a bucket search and two additions and a scrape reads"
        + " its counters, whatever the rate of recording; its quantiles are computed by"
        + " Prometheus (`histogram_quantile`) over any window and across instances. "
        + COST
        + "\n";
  }
}
