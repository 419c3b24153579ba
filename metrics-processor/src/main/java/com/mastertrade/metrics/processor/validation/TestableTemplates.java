package com.mastertrade.metrics.processor.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annotation templates a rule test can state the rendering of without evaluating the alert:
 * text, {@code {{ $labels.name }}} (or {@code .Labels.name}) and comments. {@code $value}, queries
 * and functions of them depend on the evaluation, so the expected text cannot be written.
 */
final class TestableTemplates {
  private static final Pattern TESTABLE =
      Pattern.compile(
          "\\{\\{-?\\s*(?:(?:\\$labels|\\.Labels)\\.[a-zA-Z_][a-zA-Z0-9_]*|/\\*.*?\\*/)\\s*-?}}",
          Pattern.DOTALL);

  private TestableTemplates() {}

  static boolean isTestable(String text) {
    return !TESTABLE.matcher(text).replaceAll("").contains("{{");
  }

  /** The first action that is not {@code {{ $labels.name }}} or a comment. */
  static String firstUntestable(String text) {
    String rest = TESTABLE.matcher(text).replaceAll("");
    int start = rest.indexOf("{{");
    int end = rest.indexOf("}}", start);
    return end < 0 ? rest.substring(start) : rest.substring(start, end + 2);
  }

  static Matcher actions(String text) {
    return TESTABLE.matcher(text);
  }
}
