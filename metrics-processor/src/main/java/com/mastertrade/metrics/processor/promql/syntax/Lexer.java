package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an expression into tokens on demand, with the states of Prometheus' own lexer: inside a
 * selector's braces keywords are plain label names; right after {@code [} a duration must follow;
 * {@code :} is a subquery's colon only inside brackets. Besides PromQL it reads the template forms
 * the schema writes: {@code {Category.method}} references and, when enabled, Grafana variables.
 */
final class Lexer {
  private static final Pattern REFERENCE =
      Pattern.compile("\\{[A-Z][A-Za-z0-9_]*\\.[a-z][A-Za-z0-9_]*(?::[a-z]+)?}");
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$[a-zA-Z_][a-zA-Z0-9_]*|\\$\\{[a-zA-Z_][a-zA-Z0-9_]*}|\\[\\[[a-zA-Z_][a-zA-Z0-9_]*]]");

  private final String input;
  private final boolean references;
  private final boolean variables;
  private final StringScanner strings;
  private final Matcher reference;
  private final Matcher variable;
  private final NumberScanner numbers;
  private int pos;
  private int parenDepth;
  private boolean braceOpen;
  private boolean bracketOpen;
  private boolean gotColon;
  private boolean durationNext;

  Lexer(String input, Syntax syntax) {
    this.input = input;
    this.references = syntax.references();
    this.variables = syntax.grafanaVariables();
    this.strings = new StringScanner(input);
    this.reference = REFERENCE.matcher(input);
    this.variable = VARIABLE.matcher(input);
    this.numbers = new NumberScanner(input);
  }

  Token next() {
    skipSpaceAndComments();
    if (braceOpen) {
      return insideBraces();
    }
    if (durationNext) {
      durationNext = false;
      return duration();
    }
    if (pos >= input.length()) {
      if (parenDepth != 0) {
        throw new PromqlSyntaxException(pos, "unclosed left parenthesis");
      }
      if (bracketOpen) {
        throw new PromqlSyntaxException(pos, "unclosed left bracket");
      }
      return new Token(TokenKind.EOF, "", pos, pos);
    }
    int start = pos;
    char c = input.charAt(pos);
    if (references && c == '{' && at(reference)) {
      return take(TokenKind.REFERENCE, reference.end() - start);
    }
    if (variables && (c == '$' || c == '[') && at(variable)) {
      return take(TokenKind.VARIABLE, variable.end() - start);
    }
    if (isDigit(c) || (c == '.' && pos + 1 < input.length() && isDigit(input.charAt(pos + 1)))) {
      Token number = numbers.numberOrDuration(pos);
      pos = number.end();
      return number;
    }
    if (isAlpha(c) || c == ':') {
      return bracketOpen ? colon(c) : word();
    }
    return switch (c) {
      case ',' -> take(TokenKind.COMMA, 1);
      case '*' -> take(TokenKind.MUL, 1);
      case '/' -> take(TokenKind.DIV, 1);
      case '%' -> take(TokenKind.MOD, 1);
      case '+' -> take(TokenKind.ADD, 1);
      case '-' -> take(TokenKind.SUB, 1);
      case '^' -> take(TokenKind.POW, 1);
      case '@' -> take(TokenKind.AT, 1);
      case '=' -> equals();
      case '!' -> {
        if (peek(1) != '=') {
          throw new PromqlSyntaxException(start, "unexpected character after '!': " + quote(1));
        }
        yield take(TokenKind.NEQ, 2);
      }
      case '<' -> peek(1) == '=' ? take(TokenKind.LTE, 2) : take(TokenKind.LSS, 1);
      case '>' -> peek(1) == '=' ? take(TokenKind.GTE, 2) : take(TokenKind.GTR, 1);
      case '"', '\'', '`' -> string();
      case '(' -> {
        parenDepth++;
        yield take(TokenKind.LEFT_PAREN, 1);
      }
      case ')' -> {
        if (--parenDepth < 0) {
          // Prometheus' lexer reports it past the parenthesis.
          throw new PromqlSyntaxException(start + 1, "unexpected right parenthesis ')'");
        }
        yield take(TokenKind.RIGHT_PAREN, 1);
      }
      case '{' -> {
        braceOpen = true;
        yield take(TokenKind.LEFT_BRACE, 1);
      }
      case '[' -> {
        if (bracketOpen) {
          throw new PromqlSyntaxException(start, "unexpected left bracket '['");
        }
        bracketOpen = true;
        gotColon = false;
        durationNext = true;
        yield take(TokenKind.LEFT_BRACKET, 1);
      }
      case ']' -> {
        if (!bracketOpen) {
          throw new PromqlSyntaxException(start, "unexpected right bracket ']'");
        }
        bracketOpen = false;
        yield take(TokenKind.RIGHT_BRACKET, 1);
      }
      default -> throw new PromqlSyntaxException(start, "unexpected character: " + quote(0));
    };
  }

  private Token insideBraces() {
    if (pos >= input.length()) {
      throw new PromqlSyntaxException(pos, "unexpected end of input inside braces");
    }
    char c = input.charAt(pos);
    if (isAlpha(c)) {
      int end = pos;
      while (end < input.length() && isAlphaNumeric(input.charAt(end))) {
        end++;
      }
      return take(TokenKind.IDENTIFIER, end - pos);
    }
    return switch (c) {
      case ',' -> take(TokenKind.COMMA, 1);
      case '"', '\'', '`' -> string();
      case '=' -> peek(1) == '~' ? take(TokenKind.EQL_REGEX, 2) : take(TokenKind.EQL, 1);
      case '!' -> {
        if (peek(1) == '~') {
          yield take(TokenKind.NEQ_REGEX, 2);
        }
        if (peek(1) == '=') {
          yield take(TokenKind.NEQ, 2);
        }
        throw new PromqlSyntaxException(
            pos, "unexpected character after '!' inside braces: " + quote(1));
      }
      case '{' -> throw new PromqlSyntaxException(pos, "unexpected left brace '{'");
      case '}' -> {
        braceOpen = false;
        yield take(TokenKind.RIGHT_BRACE, 1);
      }
      default ->
          throw new PromqlSyntaxException(pos, "unexpected character inside braces: " + quote(0));
    };
  }

  /** The duration right after {@code [}, or a variable standing for one. */
  private Token duration() {
    if (variables && pos < input.length() && at(variable)) {
      return take(TokenKind.VARIABLE, variable.end() - pos);
    }
    Token duration = numbers.bracketDuration(pos);
    pos = duration.end();
    return duration;
  }

  /** Inside brackets a word is no name: Prometheus reads its first letter as a colon. */
  private Token colon(char c) {
    if (gotColon) {
      throw new PromqlSyntaxException(pos, "unexpected colon " + quote(0));
    }
    gotColon = true;
    return take(TokenKind.COLON, 1);
  }

  private Token word() {
    int end = pos;
    while (end < input.length()
        && (isAlphaNumeric(input.charAt(end)) || input.charAt(end) == ':')) {
      end++;
    }
    String text = input.substring(pos, end);
    TokenKind kind =
        Keywords.of(text)
            .orElse(text.indexOf(':') < 0 ? TokenKind.IDENTIFIER : TokenKind.METRIC_IDENTIFIER);
    return take(kind, end - pos);
  }

  private Token equals() {
    if (peek(1) == '=') {
      return take(TokenKind.EQLC, 2);
    }
    if (peek(1) == '~') {
      throw new PromqlSyntaxException(pos, "unexpected character after '=': '~'");
    }
    return take(TokenKind.EQL, 1);
  }

  private Token string() {
    Token string = strings.scan(pos);
    pos = string.end();
    return string;
  }

  private void skipSpaceAndComments() {
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else if (c == '#' && !durationNext) {
        while (pos < input.length() && input.charAt(pos) != '\n' && input.charAt(pos) != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private boolean at(Matcher matcher) {
    return matcher.region(pos, input.length()).lookingAt();
  }

  private Token take(TokenKind kind, int length) {
    Token token = new Token(kind, input.substring(pos, pos + length), pos, pos + length);
    pos += length;
    return token;
  }

  private char peek(int ahead) {
    return pos + ahead < input.length() ? input.charAt(pos + ahead) : 0;
  }

  /** Go's {@code %q} of the character {@code ahead} of the current one. */
  private String quote(int ahead) {
    char c = peek(ahead);
    return c == 0 ? "end of input" : String.format(Locale.ROOT, "'%c'", c);
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
