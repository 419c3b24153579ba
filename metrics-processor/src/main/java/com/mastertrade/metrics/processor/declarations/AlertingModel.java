package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;

/**
 * Where alerts go and what they link to, declared with {@code @Alerting}.
 *
 * @param receiverJob the scrape job whose service receives Alertmanager's webhook
 * @param receiverCredentialsFile the bearer token file of the webhook, empty for none
 * @param serviceDownAlert the alert that says an instance is down, which silences that instance's
 *     other alerts
 * @param jobDownAlert the alert that says every instance of a job is down, which silences that
 *     job's other alerts; empty for none
 * @param traceSearchBaseUrl the Zipkin server the latency runbooks link to, empty for none
 * @param receivers the people's channels, in declaration order
 * @param routes which alerts reach which of them, in declaration order
 * @param watchdogReceiver the receiver of the dead man's switch the always-firing {@code Watchdog}
 *     alert reaches, and nothing else; empty for no Watchdog
 */
public record AlertingModel(
    String receiverJob,
    String receiverPath,
    String receiverCredentialsFile,
    String serviceDownAlert,
    String jobDownAlert,
    String runbookBaseUrl,
    String dashboardBaseUrl,
    String traceSearchBaseUrl,
    List<ReceiverModel> receivers,
    List<AlertRouteModel> routes,
    String watchdogReceiver,
    Origin origin) {

  public AlertingModel {
    receivers = List.copyOf(receivers);
    routes = List.copyOf(routes);
  }

  /** The name of the always-firing alert that proves alerting works, when it is declared. */
  public static final String WATCHDOG_ALERT = "Watchdog";

  /** Whether the schema declares a dead man's switch, so the {@code Watchdog} alert exists. */
  public boolean hasWatchdog() {
    return !watchdogReceiver.isEmpty();
  }
}
