package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers each stored alert by every channel at once, and again later by a channel that failed,
 * until it took the alert or {@link AlertDeliveryQueue#MAX_ATTEMPTS} attempts failed. Delivery is
 * at least once: a delivery made but not marked (the database went away in between) is made again.
 */
final class AlertDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
  private static final int BATCH = 50;

  private final AlertDeliveryQueue queue;
  private final AlertDelivery delivery;

  AlertDispatcher(AlertDeliveryQueue queue, AlertDelivery delivery) {
    this.queue = queue;
    this.delivery = delivery;
  }

  /** The first attempt for alert {@code alertId}, just stored with its pending deliveries. */
  void deliverNew(long alertId, RaisedAlert alert) {
    for (AlertChannel channel : queue.channels()) {
      attempt(alertId, alert, channel);
    }
  }

  /** Attempts the deliveries that are due again; run periodically. */
  void retryDue() {
    for (AlertDeliveryQueue.Due due : queue.due(BATCH)) {
      attempt(due.alertId(), due.alert(), due.channel());
    }
  }

  private void attempt(long alertId, RaisedAlert alert, AlertChannel channel) {
    if (delivery.deliver(alert, channel)) {
      queue.delivered(alertId, channel);
      return;
    }
    int attempts = queue.failed(alertId, channel);
    if (attempts >= AlertDeliveryQueue.MAX_ATTEMPTS) {
      LOG.warn(
          "gave up delivering alert {} ({}) by {} after {} failed attempts",
          alertId,
          alert.type(),
          channel,
          attempts);
    }
  }
}
