package com.mastertrade.metrics.processor.promql.syntax;

/**
 * Tells numbers from durations as Prometheus' lexer does: digits (or {@code 0x} and hex digits), an
 * optional fraction and exponent, not followed by a letter, are a number; digits followed by units
 * ({@code 1h30m}, {@code 500ms}) are a duration. Whether the text is a valid value is for {@link
 * Literals} to say.
 */
final class NumberScanner {
  private final String input;
  private final PrometheusVersion version;
  private int pos;

  NumberScanner(String input, PrometheusVersion version) {
    this.input = input;
    this.version = version;
  }

  /** Outside brackets: {@code 5}, {@code 1e3}, {@code 0x1f}, or a duration after offset. */
  Token numberOrDuration(int start) {
    pos = start;
    if (scanNumber()) {
      return token(TokenKind.NUMBER, start);
    }
    if (acceptRemainingDuration()) {
      return token(TokenKind.DURATION, start);
    }
    throw new PromqlSyntaxException(
        start, "bad number or duration syntax: \"" + input.substring(start, pos) + "\"");
  }

  /** Right after {@code [}: a duration only. */
  Token bracketDuration(int start) {
    pos = start;
    if (scanNumber()) {
      throw new PromqlSyntaxException(start, "missing unit character in duration");
    }
    if (!acceptRemainingDuration()) {
      throw new PromqlSyntaxException(
          start, "bad duration syntax: \"" + input.substring(start, pos) + "\"");
    }
    return token(TokenKind.DURATION, start);
  }

  private boolean scanNumber() {
    return version.v3() ? scanNumber3() : scanNumber2();
  }

  /**
   * Prometheus 3: {@code _} between digits, at most one {@code .} and one exponent, none of them
   * last or doubled ({@code 1..2}, {@code 1e}, {@code 1_} are bad), no hex fraction.
   */
  private boolean scanNumber3() {
    int initial = pos;
    String digits = "0123456789";
    if (accept("0") && accept("xX")) {
      accept("_");
      digits = "0123456789abcdefABCDEF";
    }
    accept(".");
    accept(digits);
    boolean dot = false;
    boolean exponent = false;
    while (is(digits + "._eE")) {
      if (is(".") && dot) {
        accept(".");
        return false;
      }
      if (is("eE") && exponent) {
        accept("eE");
        return false;
      }
      if (accept(".")) {
        dot = true;
        if (accept("_.") || digits.length() > 10) {
          return false;
        }
        continue;
      }
      if (accept("eE")) {
        exponent = true;
        accept("+-");
        if (accept("._eE") || pos >= input.length()) {
          return false;
        }
        continue;
      }
      if (accept("_")) {
        if (accept("._eE") || pos >= input.length()) {
          return false;
        }
        continue;
      }
      acceptRun(digits);
    }
    if (pos == initial) {
      return false;
    }
    return pos >= input.length() || !Cursor.isAlphaNumeric(input.charAt(pos));
  }

  private boolean is(String valid) {
    return pos < input.length() && valid.indexOf(input.charAt(pos)) >= 0;
  }

  private boolean scanNumber2() {
    String digits = "0123456789";
    if (accept("0") && accept("xX")) {
      digits = "0123456789abcdefABCDEF";
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (accept("eE")) {
      accept("+-");
      acceptRun("0123456789");
    }
    return pos >= input.length() || !Cursor.isAlphaNumeric(input.charAt(pos));
  }

  /** Units after the digits scanned so far; leaves {@code pos} just past the duration. */
  private boolean acceptRemainingDuration() {
    if (!accept("smhdwy")) {
      return false;
    }
    accept("s");
    while (accept("0123456789")) {
      acceptRun("0123456789");
      if (!accept("smhdw")) {
        return false;
      }
      accept("s");
    }
    if (pos < input.length() && Cursor.isAlphaNumeric(input.charAt(pos))) {
      pos++; // Prometheus' lexer has read it, and reports it as part of the bad text
      return false;
    }
    return true;
  }

  private boolean accept(String valid) {
    if (pos < input.length() && valid.indexOf(input.charAt(pos)) >= 0) {
      pos++;
      return true;
    }
    return false;
  }

  private void acceptRun(String valid) {
    while (accept(valid)) {
      // consume
    }
  }

  private Token token(TokenKind kind, int start) {
    return new Token(kind, input.substring(start, pos), start, pos);
  }
}
