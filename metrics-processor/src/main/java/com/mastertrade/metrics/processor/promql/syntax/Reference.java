package com.mastertrade.metrics.processor.promql.syntax;

/**
 * A {@code {Category.method}} or {@code {Category.method:suffix}} in a template, standing where
 * PromQL has a metric name.
 *
 * @param suffix {@code bucket}, {@code count}, {@code sum}, or empty for the metric's own series
 * @param start offset of the opening brace in the template
 * @param end offset just past the closing brace
 */
public record Reference(String category, String method, String suffix, int start, int end) {
  /** As written, without braces: {@code Http.requestDuration:bucket}. */
  public String written() {
    return category + "." + method + (suffix.isEmpty() ? "" : ":" + suffix);
  }

  static Reference of(Token token) {
    String text = token.text().substring(1, token.text().length() - 1);
    int dot = text.indexOf('.');
    int colon = text.indexOf(':');
    return new Reference(
        text.substring(0, dot),
        text.substring(dot + 1, colon < 0 ? text.length() : colon),
        colon < 0 ? "" : text.substring(colon + 1),
        token.start(),
        token.end());
  }
}
