package com.mastertrade.services.alerts;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alertmanager's webhook receiver: every firing alert of a notification is raised (stored, counted,
 * delivered) once, however often Alertmanager repeats it, and every resolved one is resolved. A
 * body that is not Alertmanager's payload is refused with 400 and the reason, and raises nothing,
 * so Alertmanager's retries cannot half-apply it.
 */
final class AlertmanagerReceiver {
  static final String PATH = "/alertmanager";
  private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerReceiver.class);

  private final AlertmanagerAlerts alerts;

  AlertmanagerReceiver(AlertmanagerAlerts alerts) {
    this.alerts = alerts;
  }

  /**
   * Handles one notification: {@code raise} is given each firing alert and its event id and says
   * whether it was new; {@code resolve} each resolved alert.
   */
  void receive(Context ctx, BiPredicate<RaisedAlert, String> raise, Consumer<RaisedAlert> resolve) {
    List<AlertmanagerAlerts.Received> received;
    try {
      received = alerts.read(ctx.bodyAsBytes());
    } catch (AlertmanagerAlerts.BadPayload e) {
      LOG.warn("refused an Alertmanager notification: {}", e.getMessage());
      ctx.status(400).json(Map.of("error", e.getMessage()));
      return;
    }
    int raised = 0;
    int resolved = 0;
    for (AlertmanagerAlerts.Received alert : received) {
      if (!alert.firing()) {
        resolve.accept(alert.alert());
        resolved++;
      } else if (raise.test(alert.alert(), alert.eventId())) {
        raised++;
      }
    }
    ctx.json(Map.of("alerts", received.size(), "raised", raised, "resolved", resolved));
  }
}
