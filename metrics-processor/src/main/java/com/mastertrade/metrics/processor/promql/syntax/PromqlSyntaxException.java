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
    TYPE
  }

  private final Kind kind;
  private final int position;
  private final String reason;

  public PromqlSyntaxException(int position, String reason) {
    this(Kind.SYNTAX, position, reason);
  }

  public PromqlSyntaxException(Kind kind, int position, String reason) {
    super(reason + " at column " + position);
    this.kind = kind;
    this.position = position;
    this.reason = reason;
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
}
