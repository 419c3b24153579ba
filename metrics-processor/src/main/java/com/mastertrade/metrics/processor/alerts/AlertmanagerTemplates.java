package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;

/**
 * The notification templates the receivers use, written beside the configuration as {@code
 * alertmanager.tmpl}: a title (status, alert, service, severity) and a text per alert (summary,
 * severity, service, the error budget left when an SLO's alert carries it, description, runbook and
 * dashboard links), the same for firing and resolved notices; and PagerDuty's severity.
 */
public final class AlertmanagerTemplates {
  public static final String FILE_NAME = ArtifactPaths.ALERTMANAGER_TEMPLATES;

  /** The one-line title: {@code [FIRING:1] ServiceDown on order_executor (critical)}. */
  static final String TITLE = "{{ template \"mastertrade.title\" . }}";

  /** One paragraph per alert of the notification. */
  static final String TEXT = "{{ template \"mastertrade.text\" . }}";

  /** PagerDuty's severity (critical, error, warning, info) for the alerts' severity label. */
  static final String PAGERDUTY_SEVERITY = "{{ template \"mastertrade.pagerduty.severity\" . }}";

  private static final String TEMPLATES =
      """
      {{/* Generated from the schema's @Alerting: the notifications of every receiver. */}}
      {{ define "mastertrade.title" -}}
      [{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] \
      {{ .CommonLabels.alertname }}{{ with .CommonLabels.job }} on {{ . }}{{ end }}\
      {{ with .CommonLabels.severity }} ({{ . }}){{ end }}
      {{- end }}

      {{ define "mastertrade.alert" -}}
      {{ if eq .Status "resolved" }}RESOLVED{{ else }}FIRING{{ end }}: {{ .Annotations.summary }}
      Severity: {{ .Labels.severity }}
      Service: {{ .Labels.job }}{{ with .Labels.instance }} ({{ . }}){{ end }}
      {{ with .Annotations.budget_left }}Error budget left: {{ . }}
      {{ end }}{{ with .Annotations.description }}{{ . }}
      {{ end }}Runbook: {{ .Annotations.runbook_url }}
      Dashboard: {{ .Annotations.dashboard }}
      {{- end }}

      {{ define "mastertrade.text" -}}
      {{ range $i, $alert := .Alerts }}{{ if $i }}

      {{ end }}{{ template "mastertrade.alert" $alert }}{{ end }}
      {{- end }}

      {{ define "mastertrade.pagerduty.severity" -}}
      {{ if eq .CommonLabels.severity "page" "critical" }}critical\
      {{ else if eq .CommonLabels.severity "ticket" "warning" }}warning\
      {{ else }}info{{ end }}
      {{- end }}
      """;

  private AlertmanagerTemplates() {}

  static GeneratedResource file() {
    return new GeneratedResource(ArtifactPaths.ALERTS + "/" + FILE_NAME, TEMPLATES);
  }
}
