package com.mastertrade.services.tracing;

import java.util.Map;
import java.util.Optional;

/**
 * Where spans go and how many traces are kept, from the environment: {@code ZIPKIN_ENDPOINT} (the
 * Zipkin server's {@code /api/v2/spans} URL; unset, the service is not traced) and {@code
 * TRACE_SAMPLE_RATIO} (the share of new traces kept, 0 to 1, default 1; a trace begun by a caller
 * follows the caller's decision).
 */
public record TracingSettings(Optional<String> zipkinEndpoint, double sampleRatio) {
  public static TracingSettings from(Map<String, String> env) {
    String endpoint = env.get("ZIPKIN_ENDPOINT");
    String ratio = env.getOrDefault("TRACE_SAMPLE_RATIO", "1");
    double sampleRatio;
    try {
      sampleRatio = Double.parseDouble(ratio.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "TRACE_SAMPLE_RATIO must be a number from 0 to 1, was '" + ratio + "'", e);
    }
    if (!(sampleRatio >= 0 && sampleRatio <= 1)) {
      throw new IllegalArgumentException(
          "TRACE_SAMPLE_RATIO must be a number from 0 to 1, was '" + ratio + "'");
    }
    return new TracingSettings(
        Optional.ofNullable(endpoint).filter(e -> !e.isBlank()).map(String::trim), sampleRatio);
  }
}
