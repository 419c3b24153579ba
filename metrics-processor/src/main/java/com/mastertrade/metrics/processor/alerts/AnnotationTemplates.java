package com.mastertrade.metrics.processor.alerts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders alert annotations the way Prometheus will, to state what a rule test expects: {@code {{
 * $labels.name }}} (or {@code .Labels.name}) becomes the label's value, a comment nothing, and the
 * trim markers {@code {{-} and {@code -}}} drop the white space beside them. The validator admits
 * no other action in an alert with a test.
 */
final class AnnotationTemplates {
  private static final Pattern ACTION =
      Pattern.compile(
          "\\{\\{\\s*(?:(?:\\$labels|\\.Labels)\\.([a-zA-Z_][a-zA-Z0-9_]*)|/\\*.*?\\*/)\\s*}}",
          Pattern.DOTALL);

  private AnnotationTemplates() {}

  static String render(String text, Map<String, String> labels) {
    // Trim markers first: "{{- " drops the white space before the action, " -}}" after it.
    String trimmed = text.replaceAll("\\s*\\{\\{- ", "{{ ").replaceAll(" -}}\\s*", " }}");
    Matcher matcher = ACTION.matcher(trimmed);
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      String label = matcher.group(1);
      String value = label == null ? "" : labels.getOrDefault(label, "<no value>");
      matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(rendered);
    return rendered.toString();
  }
}
