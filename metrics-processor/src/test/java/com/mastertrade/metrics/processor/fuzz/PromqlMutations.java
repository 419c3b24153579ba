package com.mastertrade.metrics.processor.fuzz;

import java.util.Random;

/** Mutations of a PromQL template (Java source form): its syntax or types broken, or extended. */
final class PromqlMutations {
  private PromqlMutations() {}

  static String mutate(String expr, Random random) {
    int at = expr.isEmpty() ? 0 : random.nextInt(expr.length());
    return switch (random.nextInt(14)) {
      case 0 -> "";
      case 1 -> expr.substring(0, at) + expr.substring(Math.min(expr.length(), at + 1));
      case 2 -> expr.substring(0, at) + ")" + expr.substring(at);
      case 3 -> expr.substring(0, at) + "{" + expr.substring(at);
      case 4 -> expr.replaceFirst("rate\\(", "rat(").replaceFirst("sum\\(", "summ(");
      case 5 -> "rate(" + expr + ")";
      case 6 -> "sum by (job) (" + expr + ")";
      case 7 -> "abs(" + expr + ") > bool 1";
      case 8 -> expr + " or vector(0)";
      case 9 -> "max_over_time((" + expr + ")[10m:1m])";
      case 10 -> expr.replaceFirst("\\[5m\\]", "[5m] offset 1h");
      case 11 -> "(" + expr + ")[10m:1m]";
      case 12 -> "\\\"text\\\"";
      default -> "label_replace(" + expr + ", \\\"x\\\", \\\"$1\\\", \\\"job\\\", \\\"(.*)\\\")";
    };
  }
}
