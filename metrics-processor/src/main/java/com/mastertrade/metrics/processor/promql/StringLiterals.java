package com.mastertrade.metrics.processor.promql;

/** Blanks out the contents of PromQL string literals, keeping every other character in place. */
final class StringLiterals {
  private StringLiterals() {}

  /**
   * {@code template} with each character inside a {@code "..."}, {@code '...'} or {@code `...`}
   * literal (escapes included) replaced by a space, so indexes into it are indexes into {@code
   * template}.
   */
  static String blank(String template) {
    StringBuilder code = new StringBuilder(template);
    char quote = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote == 0) {
        if (c == '"' || c == '\'' || c == '`') {
          quote = c;
        }
      } else if (c == '\\' && quote != '`' && i + 1 < code.length()) {
        code.setCharAt(i, ' ');
        code.setCharAt(++i, ' ');
      } else if (c == quote) {
        quote = 0;
      } else {
        code.setCharAt(i, ' ');
      }
    }
    return code.toString();
  }
}
