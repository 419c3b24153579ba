package com.mastertrade.metrics.benchmarks.report;

/** One line of {@code scaling.tsv}: the fastest compile of a schema of {@code metrics} metrics. */
record ScalingRow(
    int metrics, String mode, double millis, String allMillis, long generatedBytes, int files) {

  static ScalingRow parse(String tsvLine) {
    String[] f = tsvLine.split("\t");
    return new ScalingRow(
        Integer.parseInt(f[0]),
        f[1],
        Double.parseDouble(f[2]),
        f[3],
        Long.parseLong(f[4]),
        Integer.parseInt(f[5]));
  }
}
