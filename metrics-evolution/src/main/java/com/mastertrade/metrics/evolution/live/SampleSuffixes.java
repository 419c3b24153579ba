package com.mastertrade.metrics.evolution.live;

/** Which sample name suffixes belong to a family of each type. */
final class SampleSuffixes {
  private SampleSuffixes() {}

  static boolean allows(String type, String suffix) {
    if (type == null) {
      return false;
    }
    return switch (type) {
      case "counter" -> suffix.equals("_total") || suffix.equals("_created");
      case "histogram" ->
          suffix.equals("_bucket")
              || suffix.equals("_count")
              || suffix.equals("_sum")
              || suffix.equals("_created");
      case "gaugehistogram" ->
          suffix.equals("_bucket") || suffix.equals("_gcount") || suffix.equals("_gsum");
      case "summary" ->
          suffix.equals("_count") || suffix.equals("_sum") || suffix.equals("_created");
      case "info" -> suffix.equals("_info");
      default -> false;
    };
  }

  /** Samples that carry a timestamp of the series rather than a series of their own. */
  static boolean isCreated(String sampleName) {
    return sampleName.endsWith("_created");
  }
}
