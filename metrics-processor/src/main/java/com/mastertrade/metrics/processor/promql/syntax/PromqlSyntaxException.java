package com.mastertrade.metrics.processor.promql.syntax;

/**
 * An expression that is not PromQL, or not well typed. {@link #position()} is the 0-based offset
 * into the expression as written (the template, references and variables included), of the token
 * the error is about.
 */
public final class PromqlSyntaxException extends RuntimeException {
  /** What kind of mistake it is. */
  public enum Kind {
    /** Not PromQL's grammar: a missing parenthesis, a bad duration, an empty expression. */
    SYNTAX,
    /** A call of a function PromQL does not have. */
    UNKNOWN_FUNCTION,
    /** Well-formed, but an operand or argument of the wrong type or count. */
    TYPE,
    /**
     * PromQL of another Prometheus version than the target, or behind a feature flag the target
     * does not enable: {@link #hint()} names the version or the flag that has it.
     */
    NOT_IN_TARGET
  }

  private final Kind kind;
  private final int position;
  private final String reason;
  private final String hint;

  public PromqlSyntaxException(int position, String reason) {
    this(Kind.SYNTAX, position, reason);
  }

  public PromqlSyntaxException(Kind kind, int position, String reason) {
    this(kind, position, reason, "");
  }

  /** A construct the target lacks: {@code hint} says which version or flag has it. */
  static PromqlSyntaxException notInTarget(int position, String reason, String hint) {
    return new PromqlSyntaxException(Kind.NOT_IN_TARGET, position, reason, hint);
  }

  private PromqlSyntaxException(Kind kind, int position, String reason, String hint) {
    super(reason + " at column " + position);
    this.kind = kind;
    this.position = position;
    this.reason = reason;
    this.hint = hint;
  }

  public Kind kind() {
    return kind;
  }

  public int position() {
    return position;
  }

  /** The message alone, worded as close to Prometheus' own as the grammar allows. */
  public String reason() {
    return reason;
  }

  /** For {@link Kind#NOT_IN_TARGET}: which Prometheus version or feature flag has it. */
  public String hint() {
    return hint;
  }
}
