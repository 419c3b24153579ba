package com.mastertrade.metrics.annotations;

/** The integration of Alertmanager that notifies a {@link Receiver}. */
public enum ReceiverKind {
  /** PagerDuty's Events API v2; the secret is the integration's routing key. */
  PAGERDUTY,
  /** A Slack incoming webhook; the secret is the webhook's URL. */
  SLACK,
  /** E-mail through an SMTP server; the secret is the SMTP password, if it requires one. */
  EMAIL,
  /** Any HTTP endpoint taking Alertmanager's webhook payload; the secret is its bearer token. */
  WEBHOOK
}
