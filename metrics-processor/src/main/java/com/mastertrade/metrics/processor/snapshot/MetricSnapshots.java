package com.mastertrade.metrics.processor.snapshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.LabelValueModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.output.Serialization;
import java.util.Locale;
import java.util.Optional;

/** One metric of the snapshot, its labels and their domains. */
final class MetricSnapshots {
  private MetricSnapshots() {}

  static ObjectNode metric(CategoryModel category, MetricModel metric) {
    ObjectNode node = Serialization.object();
    node.put("key", category.simpleName() + "." + metric.methodName());
    node.put("name", metric.name());
    node.put("exposedName", metric.exposedName());
    node.put("type", metric.type().prometheusName());
    node.put("unit", metric.unit());
    node.put("help", metric.help());
    ArrayNode labels = node.putArray("labels");
    metric.labels().forEach(label -> labels.add(label(label)));
    ArrayNode buckets = node.putArray("buckets");
    metric.buckets().forEach(buckets::add);
    node.put("nativeHistogram", metric.nativeHistogram());
    node.put("exemplars", metric.exemplars());
    ArrayNode quantiles = node.putArray("quantiles");
    metric.quantiles().forEach(quantiles::add);
    node.put("worstCaseSeries", metric.worstCaseSeries());
    ArrayNode formerly = node.putArray("formerly");
    metric.formerly().forEach(formerly::add);
    deprecation(node, metric.deprecation());
    return node;
  }

  private static ObjectNode label(LabelModel label) {
    ObjectNode node = Serialization.object();
    node.put("name", label.name());
    node.put("kind", label.kind().name().toLowerCase(Locale.ROOT));
    ArrayNode values = node.putArray("values");
    for (LabelValueModel value : label.constants()) {
      ObjectNode entry = values.addObject();
      entry.put("constant", value.constant());
      entry.put("value", value.value());
      deprecation(entry, value.deprecation());
    }
    node.put("maxValues", label.kind() == LabelKind.OPEN ? label.maxValues() : 0);
    ArrayNode formerly = node.putArray("formerly");
    label.formerly().forEach(formerly::add);
    return node;
  }

  private static void deprecation(ObjectNode node, Optional<Deprecation> deprecation) {
    if (deprecation.isEmpty()) {
      node.putNull("deprecation");
      return;
    }
    node.putObject("deprecation")
        .put("since", deprecation.get().since())
        .put("reason", deprecation.get().reason())
        .put("replacement", deprecation.get().replacement());
  }
}
