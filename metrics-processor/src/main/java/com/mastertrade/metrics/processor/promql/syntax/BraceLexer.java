package com.mastertrade.metrics.processor.promql.syntax;

/**
 * Tokens inside a selector's braces: label names (keywords are names here), the four matching
 * operators, strings, commas, and the closing brace.
 */
final class BraceLexer {
  private final Cursor cursor;
  private final StringScanner strings;

  BraceLexer(Cursor cursor, StringScanner strings) {
    this.cursor = cursor;
    this.strings = strings;
  }

  /** The next token; {@code RIGHT_BRACE} ends the braces. */
  Token next() {
    if (cursor.atEnd()) {
      throw new PromqlSyntaxException(cursor.pos(), "unexpected end of input inside braces");
    }
    char c = cursor.peek(0);
    if (Cursor.isAlpha(c)) {
      int length = 1;
      while (Cursor.isAlphaNumeric(cursor.peek(length))) {
        length++;
      }
      return cursor.take(TokenKind.IDENTIFIER, length);
    }
    return switch (c) {
      case ',' -> cursor.take(TokenKind.COMMA, 1);
      case '"', '\'', '`' -> {
        Token string = strings.scan(cursor.pos());
        cursor.moveTo(string.end());
        yield string;
      }
      case '=' ->
          cursor.peek(1) == '~'
              ? cursor.take(TokenKind.EQL_REGEX, 2)
              : cursor.take(TokenKind.EQL, 1);
      case '!' -> {
        if (cursor.peek(1) == '~') {
          yield cursor.take(TokenKind.NEQ_REGEX, 2);
        }
        if (cursor.peek(1) == '=') {
          yield cursor.take(TokenKind.NEQ, 2);
        }
        throw new PromqlSyntaxException(
            cursor.pos(), "unexpected character after '!' inside braces: " + cursor.quote(1));
      }
      case '{' -> throw new PromqlSyntaxException(cursor.pos(), "unexpected left brace '{'");
      case '}' -> cursor.take(TokenKind.RIGHT_BRACE, 1);
      default ->
          throw new PromqlSyntaxException(
              cursor.pos(), "unexpected character inside braces: " + cursor.quote(0));
    };
  }
}
