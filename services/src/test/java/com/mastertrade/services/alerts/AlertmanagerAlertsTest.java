package com.mastertrade.services.alerts;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Alertmanager's webhook payload read into alerts; anything else refused with the reason. */
class AlertmanagerAlertsTest {
  private final AlertmanagerAlerts alerts =
      new AlertmanagerAlerts(new KnownAlerts(Set.of("RiskLimitBreach")));

  private static byte[] payload(String version, String alertname, String status) {
    return ("{\"version\":\""
            + version
            + "\",\"receiver\":\"alert_system_critical\","
            + "\"status\":\"firing\",\"alerts\":[{\"status\":\""
            + status
            + "\","
            + "\"labels\":{\"alertname\":\""
            + alertname
            + "\",\"severity\":\"critical\","
            + "\"job\":\"risk_manager\",\"limit\":\"exposure\"},"
            + "\"annotations\":{\"summary\":\"Risk limit exposure breached\","
            + "\"runbook_url\":\"http://127.0.0.1:8007/runbooks/RiskLimitBreach.md\"},"
            + "\"startsAt\":\"2026-12-01T08:00:00.123Z\",\"endsAt\":\"0001-01-01T00:00:00Z\","
            + "\"generatorURL\":\"http://prometheus\",\"fingerprint\":\"3f2a\"}],"
            + "\"groupLabels\":{},\"commonLabels\":{},\"externalURL\":\"http://am\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsAFiringAlert() throws Exception {
    List<AlertmanagerAlerts.Received> read = alerts.read(payload("4", "RiskLimitBreach", "firing"));

    assertThat(read).hasSize(1);
    AlertmanagerAlerts.Received received = read.get(0);
    assertThat(received.firing()).isTrue();
    assertThat(received.alert().type()).isEqualTo("RiskLimitBreach");
    assertThat(received.alert().priority()).isEqualTo(AlertPriority.CRITICAL);
    assertThat(received.alert().message())
        .isEqualTo(
            "Risk limit exposure breached {alertname=RiskLimitBreach, job=risk_manager,"
                + " limit=exposure, severity=critical} firing since 2026-12-01T08:00:00.123Z"
                + " runbook: http://127.0.0.1:8007/runbooks/RiskLimitBreach.md");
    // The same firing, repeated by Alertmanager, has the same id: stored once.
    assertThat(received.eventId()).isEqualTo("alertmanager:3f2a:2026-12-01T08:00:00.123Z");
  }

  @Test
  void anUndeclaredAlertNameIsNoLabelValue() throws Exception {
    assertThat(alerts.read(payload("4", "SomethingElse", "resolved")).get(0).alert().type())
        .isEqualTo(KnownAlerts.OTHER);
  }

  @Test
  void refusesWhatIsNotAlertmanagersPayload() {
    assertThat(
            assertThrows(
                    AlertmanagerAlerts.BadPayload.class,
                    () -> alerts.read(payload("3", "RiskLimitBreach", "firing")))
                .getMessage())
        .isEqualTo("expected Alertmanager's webhook payload version 4");
    assertThat(
            assertThrows(
                    AlertmanagerAlerts.BadPayload.class,
                    () -> alerts.read(payload("4", "RiskLimitBreach", "pending")))
                .getMessage())
        .isEqualTo("alert RiskLimitBreach is neither firing nor resolved: pending");
    assertThrows(
        AlertmanagerAlerts.BadPayload.class,
        () -> alerts.read("not json".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void knowsTheGeneratedAlerts() {
    assertThat(KnownAlerts.fromClasspath().names())
        .containsAtLeast("ServiceDown", "RiskLimitBreach", "GatewayAvailabilityFastBurn");
  }
}
