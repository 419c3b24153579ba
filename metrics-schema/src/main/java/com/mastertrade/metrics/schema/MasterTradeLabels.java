package com.mastertrade.metrics.schema;

import com.mastertrade.metrics.annotations.LabelValue;

/**
 * The closed label sets of the MasterTrade metrics: each enum is a label domain, one label value
 * per constant (its name in lower case, or its {@code @LabelValue}).
 */
public interface MasterTradeLabels {
  /** The six services, as the {@code service} label of {@code service_info}. */
  enum Service {
    STRATEGY_SERVICE,
    RISK_MANAGER,
    ALERT_SYSTEM,
    API_GATEWAY,
    MARKET_DATA_SERVICE,
    ORDER_EXECUTOR
  }

  /** The statement kind of a database query. */
  enum QueryType {
    SELECT,
    INSERT,
    UPDATE,
    DELETE,
    UPSERT,
    DDL
  }

  /** The state of a pooled database connection. */
  enum ConnectionState {
    ACTIVE,
    IDLE,
    PENDING
  }

  /** What became of a consumed message. */
  enum MessageOutcome {
    @LabelValue("ack")
    ACKNOWLEDGED,
    @LabelValue("nack")
    REJECTED
  }

  /** A cache operation. */
  enum CacheOperation {
    GET,
    SET,
    DELETE
  }

  /** The result of a cache lookup. */
  enum CacheResult {
    HIT,
    MISS
  }

  /** The kind of market data a collector gathers. */
  enum DataType {
    TICKS,
    CANDLES,
    ORDER_BOOK,
    SENTIMENT
  }

  /** The side of an order or signal. */
  enum Side {
    BUY,
    SELL
  }

  /** What a strategy's signal says to do. */
  enum SignalAction {
    BUY,
    SELL,
    HOLD
  }

  /** How an order is priced. */
  enum OrderType {
    MARKET,
    LIMIT
  }

  /** The kind of a trading goal. */
  enum GoalType {
    PROFIT,
    WIN_RATE,
    MAX_DRAWDOWN,
    TRADE_COUNT
  }

  /** A risk limit the risk manager enforces. */
  enum RiskLimit {
    POSITION_SIZE,
    EXPOSURE,
    DRAWDOWN,
    DAILY_LOSS
  }

  /** The urgency of an alert. */
  enum AlertPriority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
  }

  /** Where an alert is delivered. */
  enum AlertChannel {
    WEBHOOK,
    LOG,
    EMAIL
  }
}
