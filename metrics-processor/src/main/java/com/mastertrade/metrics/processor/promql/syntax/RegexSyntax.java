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
    return Pattern.compile("^(?:" + withPerlGroups(regex) + ")$");
  }

  /** {@code (?<name>...)} as RE2/J reads it, {@code (?P<name>...)}. */
  private static String withPerlGroups(String regex) {
    return regex.replaceAll("\\(\\?<(?![=!])", "(?P<");
  }

  /**
   * Go's message for a regex it cannot read, or empty. Prometheus 2.42 (Go 1.19) compiles the
   * anchored pattern and knows only {@code (?P<name>...)}; Prometheus 3.5 (Go 1.24) parses the
   * pattern as written and reads {@code (?<name>...)} too.
   */
  static String error(String regex, PrometheusVersion version) {
    boolean namedGroup = hasNamedGroup(regex);
    if (namedGroup && !version.v3()) {
      return "error parsing regexp: invalid or unsupported Perl syntax: `(?<`";
    }
    try {
      if (version.v3()) {
        Pattern.compile(withPerlGroups(regex));
      } else {
        compile(regex);
      }
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
