package com.mastertrade.metrics.processor.promql.syntax;

/**
 * The second half of an error about PromQL the target lacks: the Prometheus version that has it
 * and the processor option that selects that version, or the feature flag that enables it.
 */
final class TargetHints {
  static final String VERSION_OPTION = "metrics.prometheus";
  static final String EXPERIMENTAL_OPTION = "metrics.promqlExperimentalFunctions";

  private TargetHints() {}

  /** {@code what} is PromQL of {@code version} only. */
  static String needsVersion(String what, PrometheusVersion version, PromqlTarget target) {
    return what
        + " is PromQL of "
        + version
        + ", and the target is "
        + target.version()
        + ": set the processor option "
        + VERSION_OPTION
        + "="
        + version.label()
        + ", or write it as "
        + target.version()
        + " reads it";
  }

  /** {@code what} is experimental in {@code version}. */
  static String needsExperimental(String what, PrometheusVersion version, PromqlTarget target) {
    String enable =
        "an experimental function of "
            + version
            + ": Prometheus runs it only with --enable-feature=promql-experimental-functions;"
            + " to target that, set the processor option "
            + EXPERIMENTAL_OPTION
            + "=true";
    if (!target.version().atLeast(version)) {
      enable += " and " + VERSION_OPTION + "=" + version.label();
    }
    return what + " is " + enable;
  }

  /** {@code what} was removed in {@code version}; {@code instead} replaces it. */
  static String removed(String what, PrometheusVersion version, String instead) {
    return what + " is gone from " + version + " (Prometheus 3 renamed it): " + instead;
  }
}
