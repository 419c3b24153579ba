package com.mastertrade.metrics.schema.alerts;

import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ALERT_SYSTEM;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ALERT_SYSTEM_INSTANCE;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.HOST;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ORDER_EXECUTOR;

import com.mastertrade.metrics.annotations.AlertRoute;
import com.mastertrade.metrics.annotations.Alerting;
import com.mastertrade.metrics.annotations.Receiver;
import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.annotations.Severity;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * Where the alerts go: every alert to the alert system's webhook, which stores, counts and
 * delivers it; pages and critical alerts to the on-call engineer in PagerDuty, tickets by e-mail to
 * the trading desk, warnings and the order SLO's alerts to its Slack channel; the Watchdog, once a
 * minute, to a dead man's switch and nowhere else. Every alert links to its runbook page, which the
 * alert system serves, and to its first dashboard in Grafana.
 *
 * <p>The secrets are read from files beside the Alertmanager configuration. PagerDuty's endpoint,
 * the dead man's switch and the SMTP relay are the stack's stand-ins on this host ({@link
 * #NOTIFICATIONS_HOST}). The Kubernetes manifests send elsewhere, as this module's build sets with
 * {@code -Ametrics.kubernetes.receiver.<name>.url} and {@code .smarthost}: PagerDuty's own Events
 * API, a switch outside the cluster (e.g. a healthchecks.io check expecting a ping every minute) and
 * the company's relay.
 */
@Alerting(
    schema = MasterTradeMetrics.class,
    receiverJob = ALERT_SYSTEM,
    // The alert system, like every internal service, requires the stack's internal credential.
    receiverCredentialsFile = "internal-credential",
    serviceDownAlert = "ServiceDown",
    jobDownAlert = "JobDown",
    runbookBaseUrl = "http://" + ALERT_SYSTEM_INSTANCE + "/runbooks/",
    dashboardBaseUrl = "http://127.0.0.1:3000",
    // The stack's Zipkin (scripts/stack-start.sh), where the services send their spans.
    traceSearchBaseUrl = "http://127.0.0.1:9411",
    receivers = {
      @Receiver(
          name = "pagerduty_oncall",
          kind = ReceiverKind.PAGERDUTY,
          secretFile = "secrets/pagerduty-routing-key",
          url = "http://" + MasterTradeAlertRouting.NOTIFICATIONS_HOST + "/v2/enqueue"),
      @Receiver(
          name = "slack_trading",
          kind = ReceiverKind.SLACK,
          secretFile = "secrets/slack-webhook-url",
          channel = "#mastertrade-alerts"),
      @Receiver(
          name = "email_trading_desk",
          kind = ReceiverKind.EMAIL,
          to = "trading-desk@mastertrade.example",
          from = "alertmanager@mastertrade.example",
          smarthost = MasterTradeAlertRouting.SMTP_RELAY,
          username = "alertmanager",
          secretFile = "secrets/smtp-password"),
      @Receiver(
          name = "deadmans_switch",
          kind = ReceiverKind.WEBHOOK,
          url = "http://" + MasterTradeAlertRouting.NOTIFICATIONS_HOST + "/deadmans-switch")
    },
    watchdogReceiver = "deadmans_switch",
    routes = {
      @AlertRoute(
          receiver = "pagerduty_oncall",
          severities = {Severity.PAGE, Severity.CRITICAL}),
      @AlertRoute(receiver = "email_trading_desk", severities = Severity.TICKET),
      @AlertRoute(
          receiver = "email_trading_desk",
          jobs = ORDER_EXECUTOR,
          severities = Severity.CRITICAL),
      @AlertRoute(
          receiver = "slack_trading",
          severities = {Severity.WARNING, Severity.INFO}),
      @AlertRoute(receiver = "slack_trading", slos = "order_placement")
    })
public interface MasterTradeAlertRouting {
  /** The stack's stand-in for PagerDuty's Events API and Slack's webhooks (WireMock). */
  String NOTIFICATIONS_HOST = HOST + ":8025";

  /** The stack's stand-in SMTP relay (GreenMail). */
  String SMTP_RELAY = HOST + ":2525";
}
