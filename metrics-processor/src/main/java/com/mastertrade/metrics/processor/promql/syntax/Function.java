package com.mastertrade.metrics.processor.promql.syntax;

import java.util.List;

/**
 * A PromQL function's signature.
 *
 * @param argTypes the type of each parameter; with {@code variadic != 0} the last one may repeat or
 *     be left out
 * @param variadic 0: exactly {@code argTypes}; n &gt; 0: the last parameter is optional and may be
 *     given up to n times; -1: the last parameter is optional and repeats without limit
 */
public record Function(String name, List<ValueType> argTypes, int variadic, ValueType returnType) {
  public Function {
    argTypes = List.copyOf(argTypes);
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
