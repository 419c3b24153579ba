package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.Numbers;

/**
 * The bucket boundaries of a native histogram of one schema: {@code 2^(k / 2^schema)} for every
 * integer k, so each bucket is {@code 2^(2^-schema)} times as wide as the one below (about 2.2% at
 * schema 5, client_java's default). A threshold within a millionth of a millionth of a bucket
 * position from a boundary counts as one: it is that boundary as far as a double can write it.
 */
final class NativeBoundaries {
  private static final double TOLERANCE = 1e-12;

  private final int schema;

  NativeBoundaries(int schema) {
    this.schema = schema;
  }

  boolean isBoundary(double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      return false;
    }
    double position = position(value);
    return Math.abs(position - Math.rint(position)) < TOLERANCE * Math.max(1, Math.abs(position));
  }

  /** The boundaries just under and over {@code value}, for the diagnostic. */
  String nearest(double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      return "positive and finite, e.g. " + Numbers.format(boundary(0));
    }
    double position = position(value);
    return Numbers.format(boundary(Math.floor(position)))
        + " and "
        + Numbers.format(boundary(Math.ceil(position)));
  }

  /** Where {@code value} lies on the scale of bucket indexes: {@code log2(value) * 2^schema}. */
  private double position(double value) {
    return Math.log(value) / Math.log(2) * Math.pow(2, schema);
  }

  private double boundary(double index) {
    return Math.pow(2, index / Math.pow(2, schema));
  }
}
