package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Optional;

/** PromQL's binary operators, with their precedence (higher binds tighter). */
public enum BinaryOperator {
  OR("or", 1),
  AND("and", 2),
  UNLESS("unless", 2),
  EQUAL("==", 3),
  NOT_EQUAL("!=", 3),
  LESS_OR_EQUAL("<=", 3),
  LESS("<", 3),
  GREATER_OR_EQUAL(">=", 3),
  GREATER(">", 3),
  ADD("+", 4),
  SUB("-", 4),
  MUL("*", 5),
  DIV("/", 5),
  MOD("%", 5),
  ATAN2("atan2", 5),
  /** The only right-associative one: {@code 2 ^ 3 ^ 2} is {@code 2 ^ (3 ^ 2)}. */
  POW("^", 6);

  static final int HIGHEST_PRECEDENCE = 6;

  private final String symbol;
  private final int precedence;

  BinaryOperator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  int precedence() {
    return precedence;
  }

  boolean rightAssociative() {
    return this == POW;
  }

  public boolean isComparison() {
    return precedence == 3;
  }

  /** {@code and}, {@code or}, {@code unless}: between instant vectors only. */
  public boolean isSet() {
    return precedence <= 2;
  }

  static Optional<BinaryOperator> of(TokenKind kind) {
    return Optional.ofNullable(
        switch (kind) {
          case LOR -> OR;
          case LAND -> AND;
          case LUNLESS -> UNLESS;
          case EQLC -> EQUAL;
          case NEQ -> NOT_EQUAL;
          case LTE -> LESS_OR_EQUAL;
          case LSS -> LESS;
          case GTE -> GREATER_OR_EQUAL;
          case GTR -> GREATER;
          case ADD -> ADD;
          case SUB -> SUB;
          case MUL -> MUL;
          case DIV -> DIV;
          case MOD -> MOD;
          case ATAN2 -> ATAN2;
          case POW -> POW;
          default -> null;
        });
  }
}
