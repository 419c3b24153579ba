package com.mastertrade.metrics.evolution.live;

import java.util.List;

/**
 * The live check of every service against one schema, with the coverage over all of them.
 *
 * @param declared every metric the schema declares (family names), sorted
 * @param exposedAnywhere the declared metrics at least one service exposes
 * @param notExposedAnywhere the declared metrics no service exposes: listed, never hidden
 */
public record ConformanceReport(
    String schema,
    List<String> declared,
    List<ServiceConformance> services,
    List<String> exposedAnywhere,
    List<String> notExposedAnywhere) {

  public ConformanceReport {
    declared = List.copyOf(declared);
    services = List.copyOf(services);
    exposedAnywhere = List.copyOf(exposedAnywhere);
    notExposedAnywhere = List.copyOf(notExposedAnywhere);
  }

  public int mismatchCount() {
    return services.stream().mapToInt(s -> s.mismatches().size()).sum();
  }

  /** Whether no service exposes anything that contradicts the schema. */
  public boolean passed() {
    return mismatchCount() == 0;
  }

  public boolean fullyCovered() {
    return notExposedAnywhere.isEmpty();
  }

  /**
   * Whether the check passes: nothing contradicts the schema and, if required, every declared
   * metric is exposed somewhere.
   */
  public boolean passed(boolean requireFullCoverage) {
    return passed() && (!requireFullCoverage || fullyCovered());
  }
}
