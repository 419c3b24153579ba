package com.mastertrade.metrics.runtime.http;

/**
 * The {@code status} label of a numeric status code. The 500 strings of the valid range are made
 * once, so labelling a response allocates nothing; a code outside 100-599, which no conforming
 * server sends, becomes {@link #OTHER} so it cannot create series either.
 */
public final class StatusCodes {
  /** The label of a status code outside 100-599. */
  public static final String OTHER = "other";

  private static final int FIRST = 100;
  private static final int LAST = 599;
  private static final String[] LABELS = new String[LAST - FIRST + 1];

  static {
    for (int code = FIRST; code <= LAST; code++) {
      LABELS[code - FIRST] = Integer.toString(code).intern();
    }
  }

  private StatusCodes() {}

  /** The label of {@code code}: the same String instance on every call. */
  public static String label(int code) {
    return code >= FIRST && code <= LAST ? LABELS[code - FIRST] : OTHER;
  }
}
