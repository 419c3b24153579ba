package com.mastertrade.metrics.schema.alerts;

import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ALERT_SYSTEM;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ALERT_SYSTEM_INSTANCE;

import com.mastertrade.metrics.annotations.Alerting;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * Where the alerts go: Alertmanager routes them by severity to the alert system's webhook, which
 * stores, counts and delivers them; every alert links to its runbook page, which the alert system
 * serves, and to its first dashboard in Grafana.
 */
@Alerting(
    schema = MasterTradeMetrics.class,
    receiverJob = ALERT_SYSTEM,
    // The alert system, like every internal service, requires the stack's internal credential.
    receiverCredentialsFile = "internal-credential",
    serviceDownAlert = "ServiceDown",
    runbookBaseUrl = "http://" + ALERT_SYSTEM_INSTANCE + "/runbooks/",
    dashboardBaseUrl = "http://127.0.0.1:3000")
public interface MasterTradeAlertRouting {}
