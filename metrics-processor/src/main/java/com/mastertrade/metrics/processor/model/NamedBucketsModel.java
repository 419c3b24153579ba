package com.mastertrade.metrics.processor.model;

import java.util.List;

/**
 * A bucket layout the schema declares by name ({@code @MetricsSchema(buckets
 * = @NamedBuckets(...))}) for its histograms to share.
 *
 * @param origin the schema and the {@code @NamedBuckets} annotation
 */
public record NamedBucketsModel(String name, List<Double> bounds, Origin origin) {
  public NamedBucketsModel {
    bounds = List.copyOf(bounds);
  }
}
