package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Finds the metric a {@code {Category.method}} reference names, and the series it stands for. */
public final class MetricLookup {
  /** Labels every scraped series has, whatever its metric: Prometheus adds them. */
  public static final Set<String> TARGET_LABELS = Set.of("job", "instance");

  private final Map<String, CategoryModel> categories = new LinkedHashMap<>();

  public MetricLookup(SchemaModel schema) {
    for (CategoryModel category : schema.categories()) {
      categories.put(category.simpleName(), category);
    }
  }

  public Optional<CategoryModel> category(String simpleName) {
    return Optional.ofNullable(categories.get(simpleName));
  }

  public Optional<MetricModel> metric(String category, String method) {
    return category(category)
        .flatMap(c -> c.metrics().stream().filter(m -> m.methodName().equals(method)).findFirst());
  }

  /** The metric {@code Category.method} names, as a dashboard variable writes it. */
  public Optional<MetricModel> metric(String written) {
    int dot = written.indexOf('.');
    return dot < 0
        ? Optional.empty()
        : metric(written.substring(0, dot), written.substring(dot + 1));
  }

  /** The category names, for hints. */
  public Set<String> categoryNames() {
    return new TreeSet<>(categories.keySet());
  }

  /** The series name a reference stands for: {@code _total}, {@code _bucket}... included. */
  public static String seriesName(MetricModel metric, String suffix) {
    return suffix.isEmpty() ? metric.exposedName() : metric.name() + "_" + suffix;
  }

  /** The labels a series of the reference can carry: its own, the target's, le or quantile. */
  public static Set<String> labelsOf(MetricModel metric, String suffix) {
    Set<String> labels = new TreeSet<>(TARGET_LABELS);
    for (LabelModel label : metric.labels()) {
      labels.add(label.name());
    }
    if (suffix.equals("bucket")) {
      labels.add("le");
    }
    if (suffix.isEmpty() && metric.type() == MetricType.SUMMARY) {
      labels.add("quantile");
    }
    return labels;
  }
}
