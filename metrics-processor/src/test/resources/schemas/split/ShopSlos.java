package com.example.shop;

import com.mastertrade.metrics.annotations.AvailabilitySlo;
import com.mastertrade.metrics.annotations.ComplianceWindow;
import com.mastertrade.metrics.annotations.LatencySlo;
import com.mastertrade.metrics.annotations.Runbook;
import com.mastertrade.metrics.annotations.RunbookCheck;
import com.mastertrade.metrics.annotations.ServiceLevelObjectives;

@ServiceLevelObjectives(
    schema = ShopMetrics.class,
    availability = @AvailabilitySlo(
        name = "fills",
        service = "shop",
        objective = 99.9,
        description = "Orders filled without failure.",
        events = "Orders.fills",
        badType = ShopMetrics.Outcome.class,
        bad = "FAILURE",
        inhibits = "FillFailures",
        runbook = @Runbook(
            meaning = "Orders fail to fill.",
            causes = "The exchange rejects them",
            mitigations = {"Route orders to the standby exchange", "Pause the strategies"},
            checks = @RunbookCheck(description = "Fills per outcome",
                expr = "sum by (outcome) (rate({Orders.fills}[5m]))"),
            dashboards = "shop-orders")),
    latency = @LatencySlo(
        name = "fill_latency",
        service = "shop",
        objective = 95,
        window = ComplianceWindow.DAYS_28,
        description = "Orders filled within 1 s.",
        histogram = "Orders.fillDuration",
        threshold = 1,
        minEvents = 50,
        runbook = @Runbook(
            meaning = "Orders fill slowly.",
            causes = "The exchange is slow",
            checks = @RunbookCheck(description = "Fill p99",
                expr = "histogram_quantile(0.99, sum by (le) (rate({Orders.fillDuration:bucket}[5m])))"),
            dashboards = "shop-orders")))
public interface ShopSlos {}
