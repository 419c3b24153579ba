package com.mastertrade.metrics.processor.promql.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an expression into tokens on demand, with the states of Prometheus' own lexer: inside a
 * selector's braces keywords are plain label names ({@link BraceLexer}); right after {@code [} a
 * duration must follow; {@code :} is a subquery's colon only inside brackets. Besides PromQL it
 * reads the template forms the schema writes: {@code {Category.method}} references and, when
 * enabled, Grafana variables.
 */
final class Lexer {
  private static final Pattern REFERENCE =
      Pattern.compile("\\{[A-Z][A-Za-z0-9_]*\\.[a-z][A-Za-z0-9_]*(?::[a-z]+)?}");
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$[a-zA-Z_][a-zA-Z0-9_]*|\\$\\{[a-zA-Z_][a-zA-Z0-9_]*}|\\[\\[[a-zA-Z_][a-zA-Z0-9_]*]]");

  private final Cursor cursor;
  private final PrometheusVersion version;
  private final boolean references;
  private final boolean variables;
  private final StringScanner strings;
  private final NumberScanner numbers;
  private final BraceLexer braces;
  private final Matcher reference;
  private final Matcher variable;
  private int parenDepth;
  private boolean braceOpen;
  private boolean bracketOpen;
  private boolean gotColon;
  private boolean durationNext;
  private boolean gotDuration;
  /** Prometheus 3, after {@code [} until the first number or duration: a duration expression. */
  private boolean durationExpression;

  Lexer(String input, Syntax syntax) {
    this.cursor = new Cursor(input);
    this.version = syntax.target().version();
    this.references = syntax.references();
    this.variables = syntax.grafanaVariables();
    this.strings = new StringScanner(input);
    this.numbers = new NumberScanner(input, version);
    this.braces = new BraceLexer(cursor, strings);
    this.reference = REFERENCE.matcher(input);
    this.variable = VARIABLE.matcher(input);
  }

  Token next() {
    if (durationExpression) {
      cursor.skipSpaces();
      return durationExpression();
    }
    // Right after "[" Prometheus reads a duration at once: a comment there is no comment.
    do {
      cursor.skipSpaces();
    } while (!durationNext && cursor.skipComment());
    if (braceOpen) {
      Token token = braces.next();
      braceOpen = token.kind() != TokenKind.RIGHT_BRACE;
      return token;
    }
    if (durationNext) {
      durationNext = false;
      return duration();
    }
    if (cursor.atEnd()) {
      return end();
    }
    char c = cursor.peek(0);
    if (references && c == '{' && cursor.at(reference)) {
      return cursor.take(TokenKind.REFERENCE, reference.end() - cursor.pos());
    }
    if (variables && (c == '$' || c == '[') && cursor.at(variable)) {
      return cursor.take(TokenKind.VARIABLE, variable.end() - cursor.pos());
    }
    if (Cursor.isDigit(c) || (c == '.' && Cursor.isDigit(cursor.peek(1)))) {
      Token number = numbers.numberOrDuration(cursor.pos());
      cursor.moveTo(number.end());
      return number;
    }
    if (Cursor.isAlpha(c) || c == ':') {
      return bracketOpen ? colon() : word();
    }
    return punctuation(c);
  }

  private Token end() {
    if (parenDepth != 0) {
      throw new PromqlSyntaxException(cursor.pos(), "unclosed left parenthesis");
    }
    if (bracketOpen) {
      throw new PromqlSyntaxException(cursor.pos(), "unclosed left bracket");
    }
    return new Token(TokenKind.EOF, "", cursor.pos(), cursor.pos());
  }

  private Token punctuation(char c) {
    int start = cursor.pos();
    return switch (c) {
      case ',' -> cursor.take(TokenKind.COMMA, 1);
      case '*' -> cursor.take(TokenKind.MUL, 1);
      case '/' -> cursor.take(TokenKind.DIV, 1);
      case '%' -> cursor.take(TokenKind.MOD, 1);
      case '+' -> cursor.take(TokenKind.ADD, 1);
      case '-' -> cursor.take(TokenKind.SUB, 1);
      case '^' -> cursor.take(TokenKind.POW, 1);
      case '@' -> cursor.take(TokenKind.AT, 1);
      case '=' -> equals();
      case '!' -> {
        if (cursor.peek(1) != '=') {
          throw new PromqlSyntaxException(
              start, "unexpected character after '!': " + cursor.quote(1));
        }
        yield cursor.take(TokenKind.NEQ, 2);
      }
      case '<' ->
          cursor.peek(1) == '=' ? cursor.take(TokenKind.LTE, 2) : cursor.take(TokenKind.LSS, 1);
      case '>' ->
          cursor.peek(1) == '=' ? cursor.take(TokenKind.GTE, 2) : cursor.take(TokenKind.GTR, 1);
      case '"', '\'', '`' -> {
        Token string = strings.scan(start);
        cursor.moveTo(string.end());
        yield string;
      }
      case '(' -> {
        parenDepth++;
        yield cursor.take(TokenKind.LEFT_PAREN, 1);
      }
      case ')' -> {
        if (--parenDepth < 0) {
          // Prometheus' lexer reports it past the parenthesis.
          throw new PromqlSyntaxException(start + 1, "unexpected right parenthesis ')'");
        }
        yield cursor.take(TokenKind.RIGHT_PAREN, 1);
      }
      case '{' -> {
        braceOpen = true;
        yield cursor.take(TokenKind.LEFT_BRACE, 1);
      }
      case '[' -> {
        if (bracketOpen) {
          throw new PromqlSyntaxException(start, "unexpected left bracket '['");
        }
        bracketOpen = true;
        gotColon = false;
        gotDuration = false;
        durationNext = !version.v3();
        durationExpression = version.v3();
        yield cursor.take(TokenKind.LEFT_BRACKET, 1);
      }
      case ']' -> {
        if (!bracketOpen) {
          throw new PromqlSyntaxException(start, "unexpected right bracket ']'");
        }
        bracketOpen = false;
        yield cursor.take(TokenKind.RIGHT_BRACKET, 1);
      }
      default -> throw new PromqlSyntaxException(start, "unexpected character: " + cursor.quote(0));
    };
  }

  /**
   * Prometheus 3 right after {@code [}: a duration expression starts (signs, parentheses, the
   * subquery's colon) up to its first number or duration, after which the brackets are lexed as in
   * Prometheus 2; anything else is an error at once.
   */
  private Token durationExpression() {
    if (cursor.atEnd()) {
      throw new PromqlSyntaxException(
          cursor.pos(), "unexpected end of input in duration expression");
    }
    char c = cursor.peek(0);
    int start = cursor.pos();
    if (variables && (c == '$' || c == '[') && cursor.at(variable)) {
      gotDuration = true;
      durationExpression = false;
      return cursor.take(TokenKind.VARIABLE, variable.end() - cursor.pos());
    }
    if (Cursor.isDigit(c) || (c == '.' && Cursor.isDigit(cursor.peek(1)))) {
      gotDuration = true;
      durationExpression = false;
      Token number = numbers.numberOrDuration(start);
      cursor.moveTo(number.end());
      return number;
    }
    return switch (c) {
      case ']' -> {
        bracketOpen = false;
        gotColon = false;
        durationExpression = false;
        yield cursor.take(TokenKind.RIGHT_BRACKET, 1);
      }
      case ':' -> {
        // Prometheus reports these past the colon.
        if (!gotDuration) {
          throw new PromqlSyntaxException(
              start + 1, "unexpected colon before duration in duration expression");
        }
        if (gotColon) {
          throw new PromqlSyntaxException(
              start + 1, "unexpected repeated colon in duration expression");
        }
        gotColon = true;
        yield cursor.take(TokenKind.COLON, 1);
      }
      case '(' -> {
        parenDepth++;
        yield cursor.take(TokenKind.LEFT_PAREN, 1);
      }
      case ')' -> {
        if (--parenDepth < 0) {
          throw new PromqlSyntaxException(start, "unexpected right parenthesis ')'");
        }
        yield cursor.take(TokenKind.RIGHT_PAREN, 1);
      }
      case '+' -> cursor.take(TokenKind.ADD, 1);
      case '-' -> cursor.take(TokenKind.SUB, 1);
      case '*' -> cursor.take(TokenKind.MUL, 1);
      case '/' -> cursor.take(TokenKind.DIV, 1);
      case '%' -> cursor.take(TokenKind.MOD, 1);
      case '^' -> cursor.take(TokenKind.POW, 1);
      default ->
          throw new PromqlSyntaxException(
              start, "unexpected character in duration expression: " + cursor.quote(0));
    };
  }

  /** The duration right after {@code [}, or a variable standing for one. */
  private Token duration() {
    if (variables && !cursor.atEnd() && cursor.at(variable)) {
      return cursor.take(TokenKind.VARIABLE, variable.end() - cursor.pos());
    }
    Token duration = numbers.bracketDuration(cursor.pos());
    cursor.moveTo(duration.end());
    return duration;
  }

  /** Inside brackets a word is no name: Prometheus reads its first letter as a colon. */
  private Token colon() {
    if (gotColon) {
      throw new PromqlSyntaxException(cursor.pos(), "unexpected colon " + cursor.quote(0));
    }
    gotColon = true;
    return cursor.take(TokenKind.COLON, 1);
  }

  private Token word() {
    int length = 0;
    while (Cursor.isAlphaNumeric(cursor.peek(length)) || cursor.peek(length) == ':') {
      length++;
    }
    String text = cursor.input().substring(cursor.pos(), cursor.pos() + length);
    TokenKind kind =
        Keywords.of(text, version)
            .orElse(text.indexOf(':') < 0 ? TokenKind.IDENTIFIER : TokenKind.METRIC_IDENTIFIER);
    return cursor.take(kind, length);
  }

  private Token equals() {
    if (cursor.peek(1) == '=') {
      return cursor.take(TokenKind.EQLC, 2);
    }
    if (cursor.peek(1) == '~') {
      throw new PromqlSyntaxException(cursor.pos(), "unexpected character after '=': '~'");
    }
    return cursor.take(TokenKind.EQL, 1);
  }
}
