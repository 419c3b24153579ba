package com.mastertrade.metrics.processor.promql.syntax;

import java.util.List;
import java.util.Optional;

/**
 * A PromQL function's signature, and the Prometheus versions that have it.
 *
 * @param argTypes the type of each parameter; with {@code variadic != 0} the last one may repeat or
 *     be left out
 * @param variadic 0: exactly {@code argTypes}; n &gt; 0: the last parameter is optional and may be
 *     given up to n times; -1: the last parameter is optional and repeats without limit
 * @param since the first targeted version that has it
 * @param removedIn the first targeted version that no longer has it
 * @param experimental whether Prometheus enables it only with {@code
 *     --enable-feature=promql-experimental-functions}
 */
public record Function(
    String name,
    List<ValueType> argTypes,
    int variadic,
    ValueType returnType,
    PrometheusVersion since,
    Optional<PrometheusVersion> removedIn,
    boolean experimental) {
  public Function {
    argTypes = List.copyOf(argTypes);
  }

  /** Whether the version of {@code target} has it (enabled or not). */
  public boolean existsIn(PrometheusVersion version) {
    return version.atLeast(since) && removedIn.map(r -> !version.atLeast(r)).orElse(true);
  }

  /** Whether {@code target} can call it. */
  public boolean callableIn(PromqlTarget target) {
    return existsIn(target.version()) && (!experimental || target.experimentalFunctions());
  }

  /** The fewest arguments a call may pass. */
  public int minArgs() {
    return variadic == 0 ? argTypes.size() : argTypes.size() - 1;
  }

  /** The most arguments a call may pass, or {@code Integer.MAX_VALUE}. */
  public int maxArgs() {
    if (variadic < 0) {
      return Integer.MAX_VALUE;
    }
    return variadic == 0 ? argTypes.size() : argTypes.size() - 1 + variadic;
  }

  /** The expected type of the argument at {@code index}. */
  public ValueType argType(int index) {
    return argTypes.get(Math.min(index, argTypes.size() - 1));
  }
}
