package com.mastertrade.metrics.processor.docs;

import java.util.regex.Pattern;

/**
 * Schema text made safe for the Markdown it lands in, so that it renders as written: no text can
 * open a heading, list, quote, table cell, link, emphasis or HTML, nor end a code span or block.
 * One-line fields (titles, names, label values) are validated to have no line break; the others
 * keep theirs as soft breaks of their paragraph.
 */
final class MarkdownText {
  /** Characters with an inline meaning anywhere in CommonMark or GFM. */
  private static final String INLINE = "\\`*_[]<>|&~!#";

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /** Characters that open a block at the start of a line. */
  private static final String LINE_START = "-+=>";

  private MarkdownText() {}

  /**
   * Text that starts a block (a paragraph, a list item), backslash-escaped where Markdown would
   * act.
   */
  static String text(String text) {
    return escape(text, true);
  }

  /** Text within a line: a table cell, a heading, after other text. */
  static String inline(String text) {
    return escape(text, false);
  }

  private static String escape(String text, boolean blockStart) {
    StringBuilder md = new StringBuilder(text.length() + 8);
    boolean lineStart = blockStart;
    boolean digitsOnly = blockStart;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          md.append('\n');
        }
        lineStart = true;
        digitsOnly = true;
        continue;
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        // Leading white space of a paragraph line is not rendered, but four would open code.
        continue;
      }
      boolean orderedListMarker = (c == '.' || c == ')') && digitsOnly && !lineStart;
      // An underscore inside a word cannot open or close emphasis: snake_case stays as written.
      boolean intraword =
          c == '_'
              && i > 0
              && i + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(i - 1))
              && Character.isLetterOrDigit(text.charAt(i + 1));
      // An ampersand acts only where it starts an entity reference: P&L stays as written.
      boolean plainAmpersand =
          c == '&' && !ENTITY.matcher(text).region(i, text.length()).lookingAt();
      if ((INLINE.indexOf(c) >= 0 && !intraword && !plainAmpersand)
          || (lineStart && LINE_START.indexOf(c) >= 0)
          || orderedListMarker) {
        md.append('\\');
      }
      md.append(c);
      digitsOnly = (digitsOnly || lineStart) && Character.isDigit(c);
      lineStart = false;
    }
    return md.toString();
  }

  /** An inline code span holding {@code code} on one line, whatever backticks it contains. */
  static String code(String code) {
    String line = oneLine(code);
    String fence = "`".repeat(longestBacktickRun(line) + 1);
    boolean pad = line.startsWith("`") || line.endsWith("`");
    return fence + (pad ? " " + line + " " : line) + fence;
  }

  /**
   * A fenced code block of one line (PromQL reads line breaks as spaces, and the build's checks
   * read one expression per line), fenced with more backticks than the line starts with.
   */
  static String fence(String language, String code) {
    String line = oneLine(code);
    int leading = 0;
    while (leading < line.length() && line.charAt(leading) == '`') {
      leading++;
    }
    String fence = "`".repeat(Math.max(3, leading + 1));
    return fence + language + "\n" + line + "\n" + fence + "\n";
  }

  /** Line breaks as spaces. */
  static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  private static int longestBacktickRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
