package com.mastertrade.metrics.evolution.report;

/** Markdown escaping for the reports. */
final class Markdown {
  private Markdown() {}

  /** Inline code; a backtick inside is fenced with double backticks. */
  static String code(String text) {
    return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
  }

  /** Free text on one line: line breaks become spaces. */
  static String inline(String text) {
    return text.replace("\r", "").replace('\n', ' ');
  }

  /** Free text in a table cell: one line, pipes escaped, empty shown as a dash. */
  static String cell(String text) {
    return text.isEmpty() ? "-" : inline(text).replace("|", "\\|");
  }
}
