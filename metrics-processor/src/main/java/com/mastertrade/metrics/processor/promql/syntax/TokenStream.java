package com.mastertrade.metrics.processor.promql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The lexer's tokens with lookahead, and the parser's "unexpected ..." errors. */
final class TokenStream {
  private final Lexer lexer;
  private final List<Token> ahead = new ArrayList<>();

  TokenStream(Lexer lexer) {
    this.lexer = lexer;
  }

  Token peek() {
    return peek(0);
  }

  /** The token {@code n} places ahead of the next one. */
  Token peek(int n) {
    while (ahead.size() <= n) {
      ahead.add(lexer.next());
    }
    return ahead.get(n);
  }

  Token next() {
    Token token = peek();
    ahead.remove(0);
    return token;
  }

  boolean at(TokenKind kind) {
    return peek().kind() == kind;
  }

  /** Takes the next token if it is {@code kind}. */
  boolean accept(TokenKind kind) {
    if (at(kind)) {
      next();
      return true;
    }
    return false;
  }

  /** Takes the next token, which must be {@code kind}, else fails as Prometheus words it. */
  Token expect(TokenKind kind, String context, String expected) {
    if (!at(kind)) {
      throw unexpected(context, expected);
    }
    return next();
  }

  /** {@code unexpected <token> in <context>, expected <expected>}, at the next token. */
  PromqlSyntaxException unexpected(String context, String expected) {
    Token token = peek();
    StringBuilder message = new StringBuilder("unexpected ").append(token.describe());
    if (!context.isEmpty()) {
      message.append(" in ").append(context);
    }
    if (!expected.isEmpty()) {
      message.append(", expected ").append(expected);
    }
    return new PromqlSyntaxException(token.start(), message.toString());
  }
}
