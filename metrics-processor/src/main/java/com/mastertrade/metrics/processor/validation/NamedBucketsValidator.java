package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.NamedBucketsModel;
import com.mastertrade.metrics.processor.model.Numbers;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bucket layouts a schema declares by name: each name once, bounds finite and strictly
 * increasing. Checked here, once, rather than on every histogram that names them.
 */
final class NamedBucketsValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    Set<String> names = new HashSet<>();
    for (NamedBucketsModel buckets : schema.namedBuckets()) {
      if (!names.add(buckets.name())) {
        report.add(
            Diagnostic.at(
                buckets.origin(), "name", Message.DUPLICATE_NAMED_BUCKETS, buckets.name()));
      }
      checkBounds(buckets, report);
    }
  }

  private static void checkBounds(NamedBucketsModel buckets, ValidationReport.Builder report) {
    List<Double> bounds = buckets.bounds();
    if (bounds.isEmpty()) {
      report.add(
          Diagnostic.at(buckets.origin(), "value", Message.NAMED_BUCKETS_EMPTY, buckets.name()));
      return;
    }
    for (int i = 0; i < bounds.size(); i++) {
      double bound = bounds.get(i);
      if (!Double.isFinite(bound)) {
        report.add(
            Diagnostic.atArrayElement(
                buckets.origin(),
                "value",
                i,
                Message.NAMED_BUCKET_NOT_FINITE,
                Numbers.format(bound),
                buckets.name()));
        return;
      }
      if (i > 0 && bound <= bounds.get(i - 1)) {
        report.add(
            Diagnostic.atArrayElement(
                buckets.origin(),
                "value",
                i,
                Message.NAMED_BUCKETS_NOT_INCREASING,
                buckets.name(),
                Numbers.format(bound),
                Numbers.format(bounds.get(i - 1))));
        return;
      }
    }
  }
}
