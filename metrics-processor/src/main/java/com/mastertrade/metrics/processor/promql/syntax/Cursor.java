package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Locale;
import java.util.regex.Matcher;

/** A position in the expression being lexed, and the primitives the lexers share. */
final class Cursor {
  private final String input;
  private int pos;

  Cursor(String input) {
    this.input = input;
  }

  String input() {
    return input;
  }

  int pos() {
    return pos;
  }

  void moveTo(int position) {
    pos = position;
  }

  boolean atEnd() {
    return pos >= input.length();
  }

  /** The character {@code ahead} of the current one, or 0 past the end. */
  char peek(int ahead) {
    return pos + ahead < input.length() ? input.charAt(pos + ahead) : 0;
  }

  /** Whether {@code matcher}'s pattern matches at the current position. */
  boolean at(Matcher matcher) {
    return matcher.region(pos, input.length()).lookingAt();
  }

  /** The next {@code length} characters as a token of {@code kind}. */
  Token take(TokenKind kind, int length) {
    Token token = new Token(kind, input.substring(pos, pos + length), pos, pos + length);
    pos += length;
    return token;
  }

  /** Go's {@code %q} of the character {@code ahead} of the current one. */
  String quote(int ahead) {
    char c = peek(ahead);
    return c == 0 ? "end of input" : String.format(Locale.ROOT, "'%c'", c);
  }

  void skipSpaces() {
    while (!atEnd() && isSpace(input.charAt(pos))) {
      pos++;
    }
  }

  /** Skips a {@code #} comment to the end of its line, if one starts here. */
  boolean skipComment() {
    if (atEnd() || input.charAt(pos) != '#') {
      return false;
    }
    while (!atEnd() && input.charAt(pos) != '\n' && input.charAt(pos) != '\r') {
      pos++;
    }
    return true;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlpha(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAlphaNumeric(char c) {
    return isAlpha(c) || isDigit(c);
  }
}
