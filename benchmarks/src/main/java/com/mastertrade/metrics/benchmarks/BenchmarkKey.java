package com.mastertrade.metrics.benchmarks;

import java.util.StringJoiner;
import org.openjdk.jmh.infra.BenchmarkParams;

/** A benchmark's short name, {@code Class.method} plus its parameters: {@code [series=1000]}. */
final class BenchmarkKey {
  private BenchmarkKey() {}

  static String of(BenchmarkParams params) {
    String full = params.getBenchmark();
    int method = full.lastIndexOf('.');
    int type = full.lastIndexOf('.', method - 1);
    String key = full.substring(type + 1);
    if (params.getParamsKeys().isEmpty()) {
      return key;
    }
    StringJoiner joiner = new StringJoiner(",", "[", "]");
    for (String name : params.getParamsKeys()) {
      joiner.add(name + "=" + params.getParam(name));
    }
    return key + joiner;
  }
}
