package com.mastertrade.metrics.evolution.live;

/** An exposition that is not valid in its format: the line and what is wrong with it. */
public final class ExpositionFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExpositionFormatException(int line, String problem, String text) {
    super("line " + line + ": " + problem + ": " + abbreviate(text));
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
