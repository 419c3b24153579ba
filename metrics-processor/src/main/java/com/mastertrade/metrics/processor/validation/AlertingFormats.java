package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.model.TextRules;
import java.util.regex.Pattern;

/**
 * The strings of {@code @Alerting} in the formats they land in: the receiver's path appended to
 * {@code http://host:port} in Alertmanager's configuration, the base URLs that alert links and
 * runbook pages are built on, the credentials file name written into Alertmanager's YAML.
 */
final class AlertingFormats {
  /** An absolute URL path: RFC 3986 path characters and percent escapes. */
  private static final Pattern PATH =
      Pattern.compile("/(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*");

  private AlertingFormats() {}

  static void check(AlertingModel alerting, ValidationReport.Builder report) {
    if (!PATH.matcher(alerting.receiverPath()).matches()) {
      report.add(
          Diagnostic.at(
              alerting.origin(),
              "receiverPath",
              Message.INVALID_RECEIVER_PATH,
              Names.visible(alerting.receiverPath())));
    }
    baseUrl(alerting, "runbookBaseUrl", alerting.runbookBaseUrl(), report);
    baseUrl(alerting, "dashboardBaseUrl", alerting.dashboardBaseUrl(), report);
    if (!alerting.traceSearchBaseUrl().isEmpty()) {
      baseUrl(alerting, "traceSearchBaseUrl", alerting.traceSearchBaseUrl(), report);
    }
    String credentials = alerting.receiverCredentialsFile();
    if (!TextRules.isOneLine(credentials) || (!credentials.isEmpty() && credentials.isBlank())) {
      report.add(
          Diagnostic.at(
              alerting.origin(),
              "receiverCredentialsFile",
              Message.LINE_BREAK,
              "the credentials file name",
              "@Alerting",
              "the credentials_file of Alertmanager's webhook; leave it empty for none, it"
                  + " cannot be blank"));
    }
  }

  private static void baseUrl(
      AlertingModel alerting, String attribute, String url, ValidationReport.Builder report) {
    BaseUrls.problem(url)
        .ifPresent(
            problem ->
                report.add(
                    Diagnostic.at(
                        alerting.origin(),
                        attribute,
                        Message.INVALID_BASE_URL,
                        attribute,
                        Names.visible(url),
                        problem)));
  }
}
