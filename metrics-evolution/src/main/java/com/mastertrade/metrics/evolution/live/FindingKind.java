package com.mastertrade.metrics.evolution.live;

/**
 * What the live check can find wrong with an exposition. Mismatches fail the check; a warning (an
 * open label at its bound) is legal but worth a look.
 */
public enum FindingKind {
  UNDECLARED_FAMILY(true, "family in the schema's namespace that the schema does not declare"),
  TYPE_MISMATCH(true, "type differs"),
  UNIT_MISMATCH(true, "unit differs"),
  HELP_MISMATCH(true, "help differs"),
  LABEL_NAMES_MISMATCH(true, "label names differ"),
  VALUE_OUTSIDE_DOMAIN(true, "label value outside its closed domain"),
  OPEN_LABEL_OVER_BOUND(true, "open label has more values than its bound"),
  BUCKETS_MISMATCH(true, "histogram buckets differ"),
  QUANTILES_MISMATCH(true, "summary quantiles differ"),
  SERIES_OVER_WORST_CASE(true, "more series than the declared worst case"),
  UNDECLARED_EXEMPLARS(true, "exemplars on a metric declared without them"),
  EXEMPLAR_LABELS(true, "exemplar labels a trace backend cannot follow"),
  OPEN_LABEL_AT_BOUND(false, "open label at its bound");

  private final boolean mismatch;
  private final String title;

  FindingKind(boolean mismatch, String title) {
    this.mismatch = mismatch;
    this.title = title;
  }

  public boolean mismatch() {
    return mismatch;
  }

  public String title() {
    return title;
  }
}
