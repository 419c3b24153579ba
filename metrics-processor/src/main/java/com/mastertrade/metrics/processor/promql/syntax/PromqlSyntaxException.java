package com.mastertrade.metrics.processor.promql.syntax;

/**
 * An expression that is not PromQL, or not well typed. {@link #position()} is the 0-based offset
 * into the expression as written (the template, references and variables included), of the token
 * the error is about.
 */
public final class PromqlSyntaxException extends RuntimeException {
  private final int position;
  private final String reason;

  public PromqlSyntaxException(int position, String reason) {
    super(reason + " at column " + position);
    this.position = position;
    this.reason = reason;
  }

  public int position() {
    return position;
  }

  /** The message alone, worded as close to Prometheus' own as the grammar allows. */
  public String reason() {
    return reason;
  }
}
