package com.mastertrade.metrics.evolution.live;

/** The escapes of HELP text: {@code \\}, {@code \n}, and in OpenMetrics {@code \"}. */
final class Escapes {
  private Escapes() {}

  static String unescapeHelp(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == '\\' || next == 'n' || next == '"') {
          out.append(next == 'n' ? '\n' : next);
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
