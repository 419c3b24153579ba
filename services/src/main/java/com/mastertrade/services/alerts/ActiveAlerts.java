package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alerts triggered and not yet resolved, by type. An alert is resolved when its condition clears
 * ({@link #resolve}) or, for one-off events, when it has not recurred for the hold time. Resolving
 * is recorded in the {@link AlertStore} first, so the active set rebuilt from it at start is this
 * one.
 */
final class ActiveAlerts {
  private final long holdMillis;
  private final Map<String, RaisedAlert> active = new HashMap<>();
  private final AlertStore store;
  private final MasterTradeMetrics.Alerts metrics;

  ActiveAlerts(long holdMillis, AlertStore store, MasterTradeMetrics.Alerts metrics) {
    this.holdMillis = holdMillis;
    this.store = store;
    this.metrics = metrics;
  }

  /** Rebuilds the active set from the store: the alerts left unresolved by the last run. */
  synchronized void load(long nowMillis) {
    store.expire(holdMillis);
    List<RaisedAlert> stored = store.active();
    active.clear();
    stored.forEach(alert -> active.put(alert.type(), alert));
    expire(nowMillis);
  }

  /** Records {@code alert} as active; returns false if an alert of its type already was. */
  synchronized boolean activate(RaisedAlert alert) {
    boolean fresh = active.put(alert.type(), alert) == null;
    publish();
    return fresh;
  }

  synchronized void resolve(String type) {
    if (active.containsKey(type)) {
      store.resolve(type);
      active.remove(type);
      publish();
    }
  }

  synchronized boolean isActive(String type) {
    return active.containsKey(type);
  }

  /** Resolves the alerts that did not recur within the hold time. */
  synchronized void expire(long nowMillis) {
    if (active.values().stream().anyMatch(alert -> nowMillis - alert.timeMillis() > holdMillis)) {
      store.expire(holdMillis);
      active.values().removeIf(alert -> nowMillis - alert.timeMillis() > holdMillis);
    }
    publish();
  }

  private void publish() {
    Map<AlertPriority, Integer> counts = new EnumMap<>(AlertPriority.class);
    for (AlertPriority priority : AlertPriority.values()) {
      counts.put(priority, 0);
    }
    active.values().forEach(alert -> counts.merge(alert.priority(), 1, Integer::sum));
    counts.forEach((priority, count) -> metrics.active(priority).set(count));
  }
}
