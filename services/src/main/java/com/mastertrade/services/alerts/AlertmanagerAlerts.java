package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.services.common.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns Alertmanager's webhook payload into this service's alerts: checks the payload, maps the
 * severity to a priority, and names each alert by its fingerprint and start, so that the repeats
 * Alertmanager sends of one firing are stored once.
 */
final class AlertmanagerAlerts {
  /** A payload that is not Alertmanager's version 4 webhook body. */
  static final class BadPayload extends Exception {
    BadPayload(String message) {
      super(message);
    }
  }

  /** One alert of a notification: firing (to raise) or resolved, and its identity. */
  record Received(RaisedAlert alert, boolean firing, String eventId) {}

  private final KnownAlerts known;

  AlertmanagerAlerts(KnownAlerts known) {
    this.known = known;
  }

  List<Received> read(byte[] body) throws BadPayload {
    AlertmanagerNotification notification;
    try {
      notification = Json.read(body, AlertmanagerNotification.class);
    } catch (RuntimeException e) {
      throw new BadPayload("not a JSON Alertmanager notification: " + e.getMessage());
    }
    if (notification == null || !"4".equals(notification.version())) {
      throw new BadPayload("expected Alertmanager's webhook payload version 4");
    }
    if (notification.alerts() == null) {
      throw new BadPayload("the notification has no alerts array");
    }
    List<Received> received = new ArrayList<>();
    for (AlertmanagerNotification.Item item : notification.alerts()) {
      received.add(received(item));
    }
    return received;
  }

  private Received received(AlertmanagerNotification.Item item) throws BadPayload {
    String name = item.label("alertname");
    if (name == null || item.fingerprint() == null || item.fingerprint().isEmpty()) {
      throw new BadPayload("an alert without alertname or fingerprint");
    }
    boolean firing = "firing".equals(item.status());
    if (!firing && !"resolved".equals(item.status())) {
      throw new BadPayload("alert " + name + " is neither firing nor resolved: " + item.status());
    }
    try {
      Instant.parse(item.startsAt());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new BadPayload("alert " + name + " has no valid startsAt: " + item.startsAt());
    }
    // Stamped when it reaches this service: the end of its way from Prometheus.
    RaisedAlert alert =
        new RaisedAlert(
            known.typeOf(name),
            priority(item.label("severity")),
            message(item),
            System.currentTimeMillis());
    return new Received(
        alert, firing, "alertmanager:" + item.fingerprint() + ":" + item.startsAt());
  }

  /** Pages and critical alerts need a person now; tickets soon; warnings today. */
  static AlertPriority priority(String severity) {
    if (severity == null) {
      return AlertPriority.LOW;
    }
    return switch (severity) {
      case "page", "critical" -> AlertPriority.CRITICAL;
      case "ticket" -> AlertPriority.HIGH;
      case "warning" -> AlertPriority.MEDIUM;
      default -> AlertPriority.LOW;
    };
  }

  /** The summary and description, then the labels and the runbook, for whoever reads it. */
  private static String message(AlertmanagerNotification.Item item) {
    Map<String, String> labels = new TreeMap<>(item.labels());
    StringBuilder text = new StringBuilder(item.annotation("summary"));
    String description = item.annotation("description");
    if (!description.isEmpty()) {
      text.append(": ").append(description);
    }
    text.append(' ').append(labels);
    text.append(" firing since ").append(item.startsAt());
    String runbook = item.annotation("runbook_url");
    if (!runbook.isEmpty()) {
      text.append(" runbook: ").append(runbook);
    }
    return text.toString();
  }
}
