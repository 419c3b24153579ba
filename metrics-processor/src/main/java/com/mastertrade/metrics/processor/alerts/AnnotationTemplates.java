package com.mastertrade.metrics.processor.alerts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code {{ $labels.name }}} in alert annotations the way Prometheus will, to state what a
 * rule test expects. Other template functions are left as written, so promtool reports them.
 */
final class AnnotationTemplates {
  private static final Pattern LABEL =
      Pattern.compile("\\{\\{\\s*\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");

  private AnnotationTemplates() {}

  static String render(String text, Map<String, String> labels) {
    Matcher matcher = LABEL.matcher(text);
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      String value = labels.getOrDefault(matcher.group(1), "<no value>");
      matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(rendered);
    return rendered.toString();
  }
}
