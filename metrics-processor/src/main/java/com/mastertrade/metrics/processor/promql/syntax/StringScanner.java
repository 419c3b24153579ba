package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Locale;

/**
 * Reads one string literal: {@code "..."} and {@code '...'} with Go's escapes (the quote's own, the
 * letters {@code abfnrtv}, three octal digits, and x, u and U with 2, 4 and 8 hex digits), {@code
 * `...`} raw.
 */
final class StringScanner {
  private final String input;

  StringScanner(String input) {
    this.input = input;
  }

  /** The literal opening at {@code start}; its end is {@code token.end()}. */
  Token scan(int start) {
    char quote = input.charAt(start);
    StringBuilder value = new StringBuilder();
    int pos = start + 1;
    while (true) {
      if (pos >= input.length() || (quote != '`' && input.charAt(pos) == '\n')) {
        throw new PromqlSyntaxException(
            start, quote == '`' ? "unterminated raw string" : "unterminated quoted string");
      }
      char c = input.charAt(pos);
      if (c == quote) {
        return new Token(
            TokenKind.STRING, input.substring(start, pos + 1), value.toString(), start, pos + 1);
      }
      if (c == '\\' && quote != '`') {
        pos = escape(start, pos + 1, quote, value);
      } else {
        value.append(c);
        pos++;
      }
    }
  }

  /** Resolves the escape whose letter is at {@code pos}; returns the offset after it. */
  private int escape(int start, int pos, char quote, StringBuilder value) {
    if (pos >= input.length()) {
      throw new PromqlSyntaxException(start, "escape sequence not terminated");
    }
    char c = input.charAt(pos);
    String simple = "abfnrtv\\";
    if (simple.indexOf(c) >= 0 || c == quote) {
      value.append(
          c == quote || c == '\\' ? c : "\u0007\b\f\n\r\t\u000b".charAt(simple.indexOf(c)));
      return pos + 1;
    }
    int digits;
    int base;
    int max;
    int first = pos + 1;
    switch (c) {
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        digits = 3;
        base = 8;
        max = 255;
        first = pos;
      }
      case 'x' -> {
        digits = 2;
        base = 16;
        max = 255;
      }
      case 'u' -> {
        digits = 4;
        base = 16;
        max = Character.MAX_CODE_POINT;
      }
      case 'U' -> {
        digits = 8;
        base = 16;
        max = Character.MAX_CODE_POINT;
      }
      default ->
          throw new PromqlSyntaxException(
              start, "unknown escape sequence " + unicode(input.codePointAt(pos)));
    }
    long code = 0;
    for (int i = first; i < first + digits; i++) {
      if (i >= input.length()) {
        throw new PromqlSyntaxException(start, "escape sequence not terminated");
      }
      int digit = Character.digit(input.charAt(i), base);
      if (digit < 0 || input.charAt(i) > 'f') {
        throw new PromqlSyntaxException(
            start, "illegal character " + unicode(input.codePointAt(i)) + " in escape sequence");
      }
      code = code * base + digit;
    }
    if (code > max || (code >= 0xD800 && code < 0xE000)) {
      throw new PromqlSyntaxException(start, "escape sequence is an invalid Unicode code point");
    }
    value.appendCodePoint((int) code);
    return first + digits;
  }

  /** Go's {@code %#U}: {@code U+0071 'q'}. */
  private static String unicode(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X '%s'", codePoint, Character.toString(codePoint));
  }
}
