package com.mastertrade.metrics.evolution.live;

/** The classic metric and label name syntax of both text formats. */
final class Names {
  private Names() {}

  /** {@code [a-zA-Z_:][a-zA-Z0-9_:]*} for metrics, the same without colons for labels. */
  static boolean isNameChar(char c, boolean first, boolean metric) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      return true;
    }
    if (c == ':') {
      return metric;
    }
    return !first && c >= '0' && c <= '9';
  }

  static boolean isName(String text, boolean metric) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isNameChar(text.charAt(i), i == 0, metric)) {
        return false;
      }
    }
    return true;
  }
}
