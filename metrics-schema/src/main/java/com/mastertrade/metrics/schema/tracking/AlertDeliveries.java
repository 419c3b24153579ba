package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeMetrics.Alerts;

/** Alert triggers and deliveries, as the Python metrics module's {@code record_alert_metrics}. */
public final class AlertDeliveries {
  private final Alerts metrics;

  public AlertDeliveries(Alerts metrics) {
    this.metrics = metrics;
  }

  public void triggered(String alertType, AlertPriority priority) {
    metrics.triggered(alertType, priority).inc();
  }

  /** Runs a delivery, timing it and counting it as delivered, or failed if it throws. */
  public <E extends Exception> void deliver(
      AlertChannel channel, AlertPriority priority, TimedCall<?, E> delivery) throws E {
    try {
      metrics.deliveryDuration(channel).time(delivery);
      metrics.delivered(channel, priority).inc();
    } catch (Exception | Error e) {
      metrics.deliveryFailures(channel, priority).inc();
      throw e;
    }
  }
}
