package com.mastertrade.metrics.processor.promql.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Label matcher regexes are Go's RE2 syntax, anchored at both ends. Java's regex syntax is close
 * for the common subset; what Java accepts but RE2 rejects (lookaround, backreferences, atomic
 * groups, possessive quantifiers, {@code (?<name>...)}) is rejected here, and RE2's {@code
 * (?P<name>...)} and {@code [[:alpha:]]} classes are translated. No maintained Java RE2 port reads
 * exactly Go's syntax, and matchers in dashboards and alerts are simple.
 */
final class RegexSyntax {
  private static final Pattern JAVA_ONLY =
      Pattern.compile("\\(\\?(?:[=!>]|<(?=[=!a-zA-Z]))|\\\\[1-9kZzhHRXvV]");
  private static final Pattern POSSESSIVE = Pattern.compile("(?<!\\\\)[*+?}]\\+");
  private static final Pattern POSIX_CLASS = Pattern.compile("\\[:(\\^?)([a-z]+):]");
  // RE2 reads a brace that opens no repetition as itself: "${x}" is literal text.
  private static final Pattern REPETITION = Pattern.compile("\\{(\\d+)(,(\\d*))?}");

  private RegexSyntax() {}

  /** The anchored pattern, or an exception whose message says what is wrong as Go words it. */
  static Pattern compile(String regex) {
    try {
      return translate(regex);
    } catch (PatternSyntaxException e) {
      if (e.getIndex() == -1) {
        throw e;
      }
      String description = e.getDescription();
      String go =
          description.startsWith("Unclosed group")
              ? "missing closing )"
              : description.startsWith("Unclosed character class")
                  ? "missing closing ]"
                  : description.startsWith("Dangling meta character")
                      ? "missing argument to repetition operator"
                      : description;
      throw new PatternSyntaxException(go + ": `" + regex + "`", regex, -1);
    }
  }

  private static Pattern translate(String regex) {
    var javaOnly = JAVA_ONLY.matcher(regex);
    if (javaOnly.find()) {
      throw new PatternSyntaxException(
          "invalid or unsupported Perl syntax: `" + javaOnly.group() + "`", regex, -1);
    }
    var possessive = POSSESSIVE.matcher(regex);
    if (possessive.find()) {
      throw new PatternSyntaxException(
          "invalid nested repetition operator: `" + possessive.group() + "`", regex, -1);
    }
    String translated =
        POSIX_CLASS
            .matcher(literalBraces(regex).replace("(?P<", "(?<"))
            .replaceAll(
                m -> (m.group(1).isEmpty() ? "\\\\p{" : "\\\\P{") + posix(m.group(2)) + "}");
    return Pattern.compile("^(?:" + translated + ")$", Pattern.DOTALL);
  }

  /** Escapes each {@code {} that opens no repetition; rejects repetitions RE2 does. */
  private static String literalBraces(String regex) {
    StringBuilder out = new StringBuilder();
    Matcher repetition = REPETITION.matcher(regex);
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char escaped = regex.charAt(++i);
        out.append(c).append(escaped);
        int close = regex.indexOf('}', i);
        if ((escaped == 'p' || escaped == 'P') && regex.startsWith("{", i + 1) && close > 0) {
          out.append(regex, i + 1, close + 1); // \p{Greek}
          i = close;
        }
      } else if (c == '{' && repetition.region(i, regex.length()).lookingAt()) {
        checkRepeatCount(repetition, regex);
        out.append(repetition.group());
        i = repetition.end() - 1;
      } else {
        out.append(c == '{' ? "\\{" : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static void checkRepeatCount(Matcher repetition, String regex) {
    long min = Long.parseLong(repetition.group(1));
    String max = repetition.group(3);
    boolean bounded = max != null && !max.isEmpty();
    if (min > 1000 || (bounded && (Long.parseLong(max) > 1000 || Long.parseLong(max) < min))) {
      throw new PatternSyntaxException(
          "invalid repeat count: `" + repetition.group() + "`", regex, -1);
    }
  }

  private static String posix(String name) {
    return switch (name) {
      case "alnum" -> "Alnum";
      case "alpha" -> "Alpha";
      case "ascii" -> "ASCII";
      case "blank" -> "Blank";
      case "cntrl" -> "Cntrl";
      case "digit" -> "Digit";
      case "graph" -> "Graph";
      case "lower" -> "Lower";
      case "print" -> "Print";
      case "punct" -> "Punct";
      case "space" -> "Space";
      case "upper" -> "Upper";
      case "word" -> "Alnum}_\\\\p{Alnum"; // [[:word:]] is [0-9A-Za-z_]
      case "xdigit" -> "XDigit";
      default ->
          throw new PatternSyntaxException(
              "invalid character class range: `[:" + name + ":]`", name, -1);
    };
  }
}
