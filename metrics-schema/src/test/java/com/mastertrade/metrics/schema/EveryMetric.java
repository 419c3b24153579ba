package com.mastertrade.metrics.schema;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;
import com.mastertrade.metrics.schema.MasterTradeLabels.AccessRefusal;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeLabels.CacheOperation;
import com.mastertrade.metrics.schema.MasterTradeLabels.CacheResult;
import com.mastertrade.metrics.schema.MasterTradeLabels.ConnectionState;
import com.mastertrade.metrics.schema.MasterTradeLabels.DataType;
import com.mastertrade.metrics.schema.MasterTradeLabels.GoalType;
import com.mastertrade.metrics.schema.MasterTradeLabels.MessageOutcome;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderOutcome;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeLabels.PublishFailure;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.MasterTradeLabels.RiskLimit;
import com.mastertrade.metrics.schema.MasterTradeLabels.Service;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.metrics.schema.MasterTradeLabels.SignalAction;
import com.mastertrade.metrics.schema.MasterTradeLabels.TraceExport;

/** Records one value into every metric of the schema, so that every family is exposed. */
final class EveryMetric {
  /** The number of metrics the schema declares, plus the label overflow counter. */
  static final int FAMILIES = 59;

  private EveryMetric() {}

  static void record(PrometheusMasterTradeMetrics metrics) {
    var http = metrics.http();
    http.requests(HttpMethod.GET, "/prices/{symbol}", HttpStatusClass.SUCCESS).inc();
    http.requestDuration(HttpMethod.GET, "/prices/{symbol}").observe(0.004);
    http.requestSize(HttpMethod.POST, "/orders").observe(120);
    http.responseSize(HttpMethod.GET, "/prices/{symbol}").observe(2_048);
    http.requestsRefused(AccessRefusal.RATE_LIMITED).inc();

    var health = metrics.serviceHealth();
    health.up().set(1);
    health.startTime().setToCurrentTime();
    health.uptime().set(12);
    health.info(Service.MARKET_DATA_SERVICE, "0.1.0").set();
    health.traceSpans(TraceExport.EXPORTED).inc();

    var db = metrics.database();
    db.connections(ConnectionState.ACTIVE).set(2);
    db.queryDuration(QueryType.INSERT, "candles").observe(0.002);
    db.queryErrors(QueryType.SELECT, "orders").inc();

    var rabbit = metrics.rabbitMq();
    rabbit.messagesPublished("market.prices").inc();
    rabbit.publishFailures("market.prices", PublishFailure.UNCONFIRMED).inc();
    rabbit.outboxPending().set(4);
    rabbit.messagesConsumed("strategy.prices", MessageOutcome.ACKNOWLEDGED).inc();
    rabbit.messageProcessingDuration("strategy.prices").observe(0.0007);
    rabbit.queueDepth("strategy.prices").set(3);

    var cache = metrics.redisCache();
    cache.lookups("prices", CacheResult.HIT).inc();
    cache.operationDuration(CacheOperation.GET).observe(0.0003);
    cache.operationErrors(CacheOperation.SET).inc();
    cache.fallbacks("prices").inc();

    var collection = metrics.dataCollection();
    collection.health("price_feed", "synthetic").set(1);
    collection.pointsCollected("price_feed", "synthetic", DataType.TICKS).inc(40);
    collection.errors("price_feed", "synthetic").inc();
    collection.duration("price_feed", "synthetic").observe(0.2);
    collection.lastSuccessTime("price_feed", "synthetic").setToCurrentTime();
    collection.dataAge("price_feed", "synthetic").observe(0.3);

    var trading = metrics.trading();
    trading.signalsGenerated("momentum", SignalAction.BUY).inc();
    trading.ordersPlaced("BTCUSDT", Side.BUY, OrderType.MARKET).inc();
    trading.ordersFilled("BTCUSDT", Side.BUY, OrderType.MARKET).inc();
    trading.ordersRejected("BTCUSDT", Side.SELL).inc();
    trading.ordersHandled(OrderOutcome.FILLED).inc();
    trading.orderFillDuration(OrderType.MARKET).observe(0.02);
    trading.activePositions("momentum").set(1);
    trading.positionPnl("BTCUSDT").set(-12.5);
    trading.tradeValue(Side.BUY).observe(1_000);
    trading.portfolioValue("paper").set(100_000);

    var goals = metrics.goals();
    goals.progress(GoalType.PROFIT, "monthly").set(0.4);
    goals.currentValue(GoalType.PROFIT, "monthly").set(400);
    goals.targetValue(GoalType.PROFIT, "monthly").set(1_000);
    goals.achievements(GoalType.TRADE_COUNT).inc();

    var risk = metrics.risk();
    risk.limitBreaches(RiskLimit.EXPOSURE).inc();
    risk.exposure("BTCUSDT").set(5_000);
    risk.drawdown().set(0.03);
    risk.limitUtilization(RiskLimit.EXPOSURE).set(0.5);

    var models = metrics.mlModels();
    models.predictions("momentum_logit", SignalAction.HOLD).inc();
    models.predictionDuration("momentum_logit").observe(0.012);
    models.accuracy("momentum_logit").set(0.55);
    models.driftScore("momentum_logit").set(0.02);
    models.trainingDuration("momentum_logit").observe(14);
    models.info("momentum_logit", "3").set();

    var alerts = metrics.alerts();
    alerts.triggered("risk_limit_breach", AlertPriority.HIGH).inc();
    alerts.delivered(AlertChannel.WEBHOOK, AlertPriority.HIGH).inc();
    alerts.deliveryFailures(AlertChannel.LOG, AlertPriority.LOW).inc();
    alerts.deliveryDuration(AlertChannel.WEBHOOK).observe(0.004);
    alerts.active(AlertPriority.HIGH).set(1);
  }
}
