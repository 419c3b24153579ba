package com.mastertrade.metrics.processor.promql.syntax;

/** {@code name="value"}, {@code name!="value"}, {@code name=~"regex"} or {@code name!~"regex"}. */
public record LabelMatcher(String name, Op op, String value, int start, int end) {
  /** The four matching operators. */
  public enum Op {
    EQUAL("="),
    NOT_EQUAL("!="),
    REGEX("=~"),
    NOT_REGEX("!~");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** Whether a series without this label (its value empty) matches. */
  public boolean matchesEmpty() {
    return matches("");
  }

  /** Whether a series whose value of this label is {@code label} (empty if it has none) matches. */
  public boolean matches(String label) {
    return switch (op) {
      case EQUAL -> value.equals(label);
      case NOT_EQUAL -> !value.equals(label);
      case REGEX -> RegexSyntax.compile(value).matcher(label).matches();
      case NOT_REGEX -> !RegexSyntax.compile(value).matcher(label).matches();
    };
  }
}
