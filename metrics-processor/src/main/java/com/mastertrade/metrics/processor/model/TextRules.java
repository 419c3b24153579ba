package com.mastertrade.metrics.processor.model;

/** What a text that lands on one line (a heading, a table cell, a YAML comment) may contain. */
public final class TextRules {
  private TextRules() {}

  /**
   * No line break nor other control character: ASCII controls, NEL, line and paragraph separators.
   */
  public static boolean isOneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
        return false;
      }
    }
    return true;
  }
}
