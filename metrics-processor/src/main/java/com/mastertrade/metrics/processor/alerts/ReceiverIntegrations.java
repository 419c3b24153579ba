package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import java.util.Set;

/**
 * A declared receiver as Alertmanager's own integration, its secret read from its file through the
 * {@code *_file} field that Alertmanager 0.25 and later accept ({@code routing_key_file}, {@code
 * api_url_file}, {@code auth_password_file}, the webhook's {@code credentials_file}); every one
 * sends resolved notices and uses the generated templates.
 */
final class ReceiverIntegrations {
  /** Hosts an SMTP relay may take mail from without STARTTLS: it is on the same machine. */
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  private ReceiverIntegrations() {}

  /** Adds the receiver's integration to {@code receiver}, which holds its name. */
  static void add(ObjectNode receiver, ReceiverModel declared) {
    switch (declared.kind()) {
      case PAGERDUTY -> pagerDuty(receiver.putArray("pagerduty_configs").addObject(), declared);
      case SLACK -> slack(receiver.putArray("slack_configs").addObject(), declared);
      case EMAIL -> email(receiver.putArray("email_configs").addObject(), declared);
      case WEBHOOK ->
          webhook(receiver.putArray("webhook_configs").addObject(), declared.url(), declared);
    }
  }

  /** A webhook posting to {@code url}, with the bearer token of {@code declared} if it has one. */
  static void webhook(ObjectNode config, String url, ReceiverModel declared) {
    config.put("url", url);
    config.put("send_resolved", true);
    bearer(config, declared.secretFile());
  }

  static void bearer(ObjectNode config, String tokenFile) {
    if (!tokenFile.isEmpty()) {
      config
          .putObject("http_config")
          .putObject("authorization")
          .put("type", "Bearer")
          .put("credentials_file", tokenFile);
    }
  }

  private static void pagerDuty(ObjectNode config, ReceiverModel declared) {
    config.put("routing_key_file", declared.secretFile());
    if (!declared.url().isEmpty()) {
      config.put("url", declared.url());
    }
    config.put("send_resolved", true);
    config.put("description", AlertmanagerTemplates.TITLE);
    config.put("severity", AlertmanagerTemplates.PAGERDUTY_SEVERITY);
    config.put("component", "{{ .CommonLabels.job }}");
    config.putArray("links").addObject()
        .put("href", "{{ .CommonAnnotations.runbook_url }}").put("text", "Runbook");
    config.withArray("links").addObject()
        .put("href", "{{ .CommonAnnotations.dashboard }}").put("text", "Dashboard");
    ObjectNode details = config.putObject("details");
    details.put("summary", "{{ .CommonAnnotations.summary }}");
    details.put("severity", "{{ .CommonLabels.severity }}");
    details.put("service", "{{ .CommonLabels.job }}");
    details.put("runbook", "{{ .CommonAnnotations.runbook_url }}");
    details.put("dashboard", "{{ .CommonAnnotations.dashboard }}");
    details.put("budget_left", "{{ .CommonAnnotations.budget_left }}");
    details.put("alerts", AlertmanagerTemplates.TEXT);
  }

  private static void slack(ObjectNode config, ReceiverModel declared) {
    config.put("api_url_file", declared.secretFile());
    if (!declared.channel().isEmpty()) {
      config.put("channel", declared.channel());
    }
    config.put("send_resolved", true);
    config.put("title", AlertmanagerTemplates.TITLE);
    config.put("title_link", "{{ .CommonAnnotations.runbook_url }}");
    config.put("text", AlertmanagerTemplates.TEXT);
    config.put("color", "{{ if eq .Status \"firing\" }}danger{{ else }}good{{ end }}");
  }

  private static void email(ObjectNode config, ReceiverModel declared) {
    config.put("to", declared.to());
    config.put("from", declared.from());
    config.put("smarthost", declared.smarthost());
    if (!declared.username().isEmpty()) {
      config.put("auth_username", declared.username());
      config.put("auth_password_file", declared.secretFile());
    }
    String host = declared.smarthost().substring(0, declared.smarthost().lastIndexOf(':'));
    if (LOOPBACK.contains(host)) {
      config.put("require_tls", false);
    }
    config.put("send_resolved", true);
    config.putObject("headers").put("Subject", AlertmanagerTemplates.TITLE);
    config.put("text", AlertmanagerTemplates.TEXT);
    // Text only: Alertmanager's default HTML body would repeat it without the links' labels.
    config.put("html", "");
  }
}
