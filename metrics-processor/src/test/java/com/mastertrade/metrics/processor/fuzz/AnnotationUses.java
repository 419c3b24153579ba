package com.mastertrade.metrics.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The annotations written in a Java source text, with the span of each attribute's value, so that
 * the mutator can replace a value or add an attribute that the source leaves at its default. Reads
 * the text as javac would for what matters here: string, character and text-block literals and
 * comments are skipped, parentheses and braces nest.
 */
final class AnnotationUses {
  /** One attribute as written: its name ({@code value} when unnamed) and its value's span. */
  record Attribute(String name, int start, int end) {}

  /**
   * One annotation: its simple name, where it starts ({@code @}), where its argument list starts
   * and ends (inside the parentheses; both -1 without parentheses), and its attributes.
   */
  record Use(String annotation, int at, int argsStart, int argsEnd, List<Attribute> attributes) {
    int end() {
      return argsEnd < 0 ? at + 1 + annotation.length() : argsEnd + 1;
    }

    Optional<Attribute> attribute(String name) {
      return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    boolean contains(Use other) {
      return at < other.at && other.end() <= end();
    }
  }

  private AnnotationUses() {}

  /** Every annotation of {@code source}, in the order they start; {@code @interface} excluded. */
  static List<Use> of(String source) {
    boolean[] code = codeMask(source);
    List<Use> uses = new ArrayList<>();
    for (int i = 0; i < source.length(); i++) {
      if (!code[i] || source.charAt(i) != '@') {
        continue;
      }
      int j = i + 1;
      int nameStart = j;
      while (j < source.length()
          && (Character.isJavaIdentifierPart(source.charAt(j)) || source.charAt(j) == '.')) {
        j++;
      }
      String qualified = source.substring(nameStart, j);
      if (qualified.isEmpty() || qualified.equals("interface")) {
        continue;
      }
      String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
      int k = skipSpace(source, j);
      if (k < source.length() && source.charAt(k) == '(') {
        int close = matching(source, code, k);
        uses.add(new Use(simple, i, k + 1, close, attributes(source, code, k + 1, close)));
      } else {
        uses.add(new Use(simple, i, -1, -1, List.of()));
      }
    }
    return uses;
  }

  /** The top-level elements of an array value {@code {a, b}}, as spans; one span if no braces. */
  static List<int[]> elements(String source, int start, int end) {
    boolean[] code = codeMask(source);
    int s = skipSpace(source, start);
    int e = end;
    while (e > s && Character.isWhitespace(source.charAt(e - 1))) {
      e--;
    }
    if (s < e && source.charAt(s) == '{' && source.charAt(e - 1) == '}') {
      return split(source, code, s + 1, e - 1);
    }
    return List.of(new int[] {s, e});
  }

  private static List<Attribute> attributes(String source, boolean[] code, int start, int end) {
    List<Attribute> attributes = new ArrayList<>();
    for (int[] part : split(source, code, start, end)) {
      String text = source.substring(part[0], part[1]);
      java.util.regex.Matcher named =
          java.util.regex.Pattern.compile("^(\\w+)\\s*=(?!=)\\s*").matcher(text);
      if (named.find()) {
        attributes.add(new Attribute(named.group(1), part[0] + named.end(), part[1]));
      } else {
        attributes.add(new Attribute("value", part[0], part[1]));
      }
    }
    return attributes;
  }

  /** Spans between top-level commas of {@code [start, end)}, trimmed; none for blank text. */
  private static List<int[]> split(String source, boolean[] code, int start, int end) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int from = start;
    for (int i = start; i <= end; i++) {
      char c = i < end ? source.charAt(i) : ',';
      if (i < end && !code[i]) {
        continue;
      }
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        int s = skipSpace(source, from);
        int e = i;
        while (e > s && Character.isWhitespace(source.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          parts.add(new int[] {s, e});
        }
        from = i + 1;
      }
    }
    return parts;
  }

  private static int matching(String source, boolean[] code, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      if (!code[i]) {
        continue;
      }
      char c = source.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return source.length();
  }

  private static int skipSpace(String source, int i) {
    while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True where a character is code, false inside literals and comments. */
  private static boolean[] codeMask(String s) {
    boolean[] code = new boolean[s.length()];
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("//", i)) {
        i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
      } else if (s.startsWith("/*", i)) {
        i = s.indexOf("*/", i + 2) < 0 ? s.length() : s.indexOf("*/", i + 2) + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        i = s.indexOf("\"\"\"", i + 3) < 0 ? s.length() : s.indexOf("\"\"\"", i + 3) + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        char quote = s.charAt(i);
        i++;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        code[i] = true;
        i++;
      }
    }
    return code;
  }
}
