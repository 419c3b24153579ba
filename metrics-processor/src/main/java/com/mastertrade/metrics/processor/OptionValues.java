package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.validation.BaseUrls;
import com.mastertrade.metrics.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic.Kind;

/**
 * The raw {@code -A} options, read one at a time, and every problem found reading them: an option
 * given without a value ({@code -Aname} or {@code -Aname=}) is an error, never a silent default.
 */
final class OptionValues {
  /** An option problem, printed without an element: options belong to no source line. */
  record Problem(Kind kind, String text) {}

  private final Map<String, String> options;
  private final List<Problem> problems = new ArrayList<>();

  OptionValues(Map<String, String> options) {
    this.options = options;
  }

  boolean isGiven(String name) {
    return options.containsKey(name);
  }

  /**
   * The trimmed value of an option, empty when it is not given; an error when it is given without a
   * value.
   *
   * @param example a value to show in the error, e.g. {@code release=prometheus}
   */
  Optional<String> value(String name, String example) {
    if (!options.containsKey(name)) {
      return Optional.empty();
    }
    // javac passes -Aname without a value as a null value, -Aname= as an empty one.
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      error(Message.OPTION_WITHOUT_VALUE, name, name, example);
      return Optional.empty();
    }
    return Optional.of(value.trim());
  }

  /**
   * The value of an option that holds a base URL; empty when it is not given, or not such a URL,
   * which is reported as breaking the rule of being {@code what}.
   */
  Optional<String> baseUrl(String name, String example, String what) {
    return value(name, example)
        .filter(
            url -> {
              Optional<String> problem = BaseUrls.problem(url);
              problem.ifPresent(why -> invalid(name, url, what + ": " + why));
              return problem.isEmpty();
            });
  }

  /** The value as given, for messages: javac's null for {@code -Aname} shown as empty. */
  String raw(String name) {
    String value = options.get(name);
    return value == null ? "" : value;
  }

  /** Reports that part of an option's value breaks a rule, e.g. is not a DNS-1123 label. */
  void invalid(String name, String part, String rule) {
    error(Message.INVALID_OPTION, name, raw(name), part, rule);
  }

  void error(Message message, Object... args) {
    problems.add(new Problem(Kind.ERROR, message.format(args)));
  }

  void warning(Message message, Object... args) {
    problems.add(new Problem(Kind.WARNING, message.format(args)));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
