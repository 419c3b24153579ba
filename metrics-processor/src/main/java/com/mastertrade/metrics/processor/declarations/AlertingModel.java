package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;

/**
 * Where alerts go and what they link to, declared with {@code @Alerting}.
 *
 * @param receiverJob the scrape job whose service receives Alertmanager's webhook
 * @param receiverCredentialsFile the bearer token file of the webhook, empty for none
 * @param serviceDownAlert the alert that says a job is down, which silences that job's other alerts
 */
public record AlertingModel(
    String receiverJob,
    String receiverPath,
    String receiverCredentialsFile,
    String serviceDownAlert,
    String runbookBaseUrl,
    String dashboardBaseUrl,
    Origin origin) {}
