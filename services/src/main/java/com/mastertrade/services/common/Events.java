package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import java.math.BigDecimal;

/** The messages the services exchange over RabbitMQ, one record per routing key family. */
public final class Events {
  private Events() {}

  /** {@code market.tick.<symbol>}: one synthetic trade price. */
  public record Tick(String symbol, double price, long timeMillis) {}

  /** {@code signal.<symbol>}: the strategy's decision and the model probability behind it. */
  public record Signal(
      String strategy, String symbol, Side side, double probabilityUp, long timeMillis) {}

  /**
   * {@code order.filled}: a paper fill with the state of its account after it. Quantities and money
   * are exact decimals, written and read as the JSON number's digits.
   */
  public record Fill(
      String account,
      long orderId,
      String symbol,
      Side side,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal realizedPnl,
      BigDecimal positionQuantity,
      BigDecimal portfolioValue,
      BigDecimal totalPnl,
      long timeMillis) {}

  /** {@code risk.breach}: a limit crossed, by an exact value over an exact threshold. */
  public record Breach(String limit, String symbol, BigDecimal value, BigDecimal threshold) {}

  /** {@code model.drift}: the model's input drifted past its threshold. */
  public record Drift(String model, double score, double threshold) {}

  /** {@code goal.achieved}: a goal reached its target. */
  public record GoalAchieved(String goal, double value, double target) {}
}
