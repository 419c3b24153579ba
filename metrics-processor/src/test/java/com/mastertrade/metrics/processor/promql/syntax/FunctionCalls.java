package com.mastertrade.metrics.processor.promql.syntax;

import java.util.ArrayList;
import java.util.List;

/** Calls of every function: well-formed, one argument too many or too few, a wrong type each. */
final class FunctionCalls {
  private FunctionCalls() {}

  static List<String> variants() {
    List<String> calls = new ArrayList<>();
    for (Function function : Functions.all()) {
      List<String> args = new ArrayList<>();
      for (ValueType type : function.argTypes()) {
        args.add(example(type));
      }
      calls.add(call(function, args));
      List<String> more = new ArrayList<>(args);
      more.add(example(function.argTypes().isEmpty() ? ValueType.SCALAR : function.argType(99)));
      calls.add(call(function, more));
      if (!args.isEmpty()) {
        calls.add(call(function, args.subList(0, args.size() - 1)));
      }
      for (int i = 0; i < args.size(); i++) {
        List<String> wrong = new ArrayList<>(args);
        wrong.set(i, example(wrongFor(function.argTypes().get(i))));
        calls.add(call(function, wrong));
      }
    }
    return calls;
  }

  private static String call(Function function, List<String> args) {
    return function.name() + "(" + String.join(", ", args) + ")";
  }

  private static String example(ValueType type) {
    return switch (type) {
      case SCALAR -> "0.5";
      case INSTANT_VECTOR -> "http_requests_total{job=\"api\"}";
      case RANGE_VECTOR -> "http_requests_total[5m]";
      case STRING -> "\"label\"";
    };
  }

  private static ValueType wrongFor(ValueType type) {
    return switch (type) {
      case SCALAR -> ValueType.INSTANT_VECTOR;
      case INSTANT_VECTOR -> ValueType.RANGE_VECTOR;
      case RANGE_VECTOR -> ValueType.INSTANT_VECTOR;
      case STRING -> ValueType.SCALAR;
    };
  }
}
