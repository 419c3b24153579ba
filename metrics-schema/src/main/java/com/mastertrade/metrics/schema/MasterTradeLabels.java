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
    /** Applied and acknowledged. */
    @LabelValue("ack")
    ACKNOWLEDGED,
    /** Applied before (a redelivery): acknowledged without applying it again. */
    DUPLICATE,
    /** Failed, most likely because a server is down: retried after a backoff. */
    RETRIED,
    /** Malformed, or still failing after the last retry: moved to the dead-letter queue. */
    DEAD_LETTERED
  }

  /** Why a publish to RabbitMQ failed. */
  enum PublishFailure {
    /** The connection or channel was closed, or writing to it failed. */
    UNREACHABLE,
    /** RabbitMQ refused a message (a negative publisher confirm). */
    NACKED,
    /** RabbitMQ did not confirm a message in time. */
    UNCONFIRMED
  }

  /** What became of finished spans handed to the trace exporter. */
  enum TraceExport {
    /** The trace backend accepted them. */
    EXPORTED,
    /** Not exported: the backend was down, refused them, or did not answer in time. */
    DROPPED
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

  /** What became of an order the executor handled. */
  enum OrderOutcome {
    /** Placed and filled. */
    FILLED,
    /** Refused by the executor's checks (symbol, quantity, price, position limit): by design. */
    REJECTED,
    /** Not placed because the executor failed (a database or cache error): a bad event. */
    FAILED
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

  /**
   * Where the alert system delivers an alert. People get e-mail, pages and chat messages from
   * Alertmanager's own integrations, which the schema's routing declares.
   */
  enum AlertChannel {
    WEBHOOK,
    LOG
  }

  /**
   * Why a request was refused before its handler ran: by the gateway's API keys and rate limit, or
   * by an internal service's check of its caller.
   */
  enum AccessRefusal {
    /** 401: an {@code /api} call without an API key. */
    MISSING_KEY,
    /** 401: an API key that is unknown or revoked. */
    INVALID_KEY,
    /** 403: a valid API key without the scope the call needs. */
    KEY_NOT_ALLOWED,
    /** 429: the key's rate limit is used up. */
    RATE_LIMITED,
    /** 403: a caller that is not on the loopback interface. */
    NOT_LOOPBACK,
    /** 401: a call to an internal service without the gateway's internal credential. */
    MISSING_CREDENTIAL,
    /** 401: a call to an internal service with a wrong internal credential. */
    INVALID_CREDENTIAL
  }
}
