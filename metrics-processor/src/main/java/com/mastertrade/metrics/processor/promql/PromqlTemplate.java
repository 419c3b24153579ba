package com.mastertrade.metrics.processor.promql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PromQL template taken apart just enough to check it against a schema: its metric references,
 * the labels its selectors and grouping clauses name, and the functions around each reference. Not
 * a PromQL parser: promtool parses the rendered expressions in the build.
 */
public final class PromqlTemplate {
  private static final Pattern REFERENCE =
      Pattern.compile("\\{([A-Z][A-Za-z0-9_]*)\\.([a-z][A-Za-z0-9_]*)(?::([a-z]+))?}");
  private static final Pattern MATCHER =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
  // A name not glued to a preceding word or colon: "5m:1m" in a subquery is no name.
  private static final Pattern NAME = Pattern.compile("(?<![\\w:.])[a-zA-Z_][a-zA-Z0-9_:]*");
  private static final Pattern FUNCTION = Pattern.compile("([a-z_]+)\\s*\\($");

  private final String template;
  // The template with the contents of its string literals blanked out, same length: label
  // values and regexes such as "(a|b)" or "x=y" must not read as parentheses or matchers.
  private final String code;
  private final List<MetricReference> references = new ArrayList<>();
  private final List<String> groupingLabels = new ArrayList<>();

  private PromqlTemplate(String template) {
    this.template = template;
    this.code = StringLiterals.blank(template);
  }

  public static PromqlTemplate parse(String template) {
    PromqlTemplate parsed = new PromqlTemplate(template);
    parsed.findReferences();
    parsed.findGroupingLabels();
    return parsed;
  }

  public String template() {
    return template;
  }

  public List<MetricReference> references() {
    return List.copyOf(references);
  }

  /** Label names in {@code by}, {@code without}, {@code on}, {@code ignoring}, {@code group_*}. */
  public List<String> groupingLabels() {
    return List.copyOf(groupingLabels);
  }

  /**
   * Names outside references that start with {@code prefix}: metric names written directly.
   * Recorded series ({@code level:metric:operations}) are not among them, see {@link
   * #recordedNames()}.
   */
  public List<String> rawNames(String prefix) {
    return names().stream().filter(n -> n.startsWith(prefix) && n.indexOf(':') < 0).toList();
  }

  /** Names with a colon: by convention the series of recording rules. */
  public List<String> recordedNames() {
    return names().stream().filter(n -> n.indexOf(':') >= 0).toList();
  }

  private List<String> names() {
    String outside = REFERENCE.matcher(code).replaceAll(" ");
    Matcher words = NAME.matcher(outside);
    List<String> names = new ArrayList<>();
    while (words.find()) {
      names.add(words.group());
    }
    return names;
  }

  private void findReferences() {
    Matcher matcher = REFERENCE.matcher(code);
    while (matcher.find()) {
      references.add(
          new MetricReference(
              matcher.group(1),
              matcher.group(2),
              matcher.group(3) == null ? "" : matcher.group(3),
              matcher.start(),
              matcher.end(),
              matcherLabelsAt(matcher.end()),
              functionsAround(matcher.start())));
    }
  }

  /** The label names of a selector {@code {a="x", b=~"y"}} starting at {@code index}, if any. */
  private List<String> matcherLabelsAt(int index) {
    List<String> labels = new ArrayList<>();
    if (index >= code.length() || code.charAt(index) != '{') {
      return labels;
    }
    int close = code.indexOf('}', index);
    Matcher matcher = MATCHER.matcher(code.substring(index + 1, close < 0 ? code.length() : close));
    while (matcher.find()) {
      labels.add(matcher.group(1));
    }
    return labels;
  }

  /** The functions whose still-open parentheses precede {@code index}, innermost first. */
  private List<String> functionsAround(int index) {
    Deque<String> open = new ArrayDeque<>();
    for (int i = 0; i < index; i++) {
      char c = code.charAt(i);
      if (c == '(') {
        Matcher name = FUNCTION.matcher(code.substring(Math.max(0, i - 40), i + 1));
        open.push(name.find() ? name.group(1) : "");
      } else if (c == ')' && !open.isEmpty()) {
        open.pop();
      }
    }
    List<String> functions = new ArrayList<>();
    for (String function : open) {
      if (!function.isEmpty() && !isGroupingKeyword(function)) {
        functions.add(function);
      }
    }
    return functions;
  }

  private static boolean isGroupingKeyword(String word) {
    return word.equals("by")
        || word.equals("without")
        || word.equals("on")
        || word.equals("ignoring")
        || word.equals("group_left")
        || word.equals("group_right");
  }

  private void findGroupingLabels() {
    Matcher matcher = GROUPING.matcher(code);
    while (matcher.find()) {
      for (String label : matcher.group(1).split(",")) {
        if (!label.isBlank()) {
          groupingLabels.add(label.strip());
        }
      }
    }
  }
}
