package com.mastertrade.metrics.processor.promql.syntax;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Label matcher regexes as Prometheus reads them: Go's RE2 syntax, anchored at both ends. RE2/J is
 * Google's port of Go's regexp package, so what it rejects Prometheus rejects, in the same words;
 * java.util.regex reads a different dialect (lookaround, possessive quantifiers, other escapes).
 */
final class RegexSyntax {
  private RegexSyntax() {}

  /** The anchored pattern, as Prometheus compiles it. */
  static Pattern compile(String regex) {
    return Pattern.compile("^(?:" + regex + ")$");
  }

  /** Go's message for a regex it cannot read, or empty. */
  static String error(String regex) {
    if (hasNamedGroup(regex)) {
      // Go 1.19, which the build's Prometheus is built with, knows only (?P<name>...).
      return "error parsing regexp: invalid or unsupported Perl syntax: `(?<`";
    }
    try {
      compile(regex);
      return "";
    } catch (PatternSyntaxException e) {
      return e.getMessage();
    }
  }

  /** Whether {@code (?<} opens a group outside a character class and not escaped. */
  private static boolean hasNamedGroup(String regex) {
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        i += regex.startsWith("^]", i + 1) ? 2 : regex.startsWith("]", i + 1) ? 1 : 0;
      } else if (regex.startsWith("(?<", i)) {
        return true;
      }
    }
    return false;
  }
}
