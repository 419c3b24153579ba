package com.mastertrade.metrics.processor.codegen;

/**
 * Schema text (titles, descriptions) made safe for a Javadoc comment: it reads as written and can
 * neither end the comment ({@code *}{@code /}), start a block tag or inline tag ({@code @}), open
 * HTML, nor form a Unicode escape, which javac would decode before it even sees the comment.
 */
final class JavadocText {
  private JavadocText() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '\\' -> escaped.append("&#92;");
        case '/' -> escaped.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
