package com.example.shop;

import com.mastertrade.metrics.annotations.Alert;
import com.mastertrade.metrics.annotations.AlertGroup;
import com.mastertrade.metrics.annotations.AlertTest;
import com.mastertrade.metrics.annotations.RecordingRule;
import com.mastertrade.metrics.annotations.Runbook;
import com.mastertrade.metrics.annotations.RunbookCheck;
import com.mastertrade.metrics.annotations.Severity;
import com.mastertrade.metrics.annotations.TestSeries;

/** Declared in a file of its own, naming its schema. */
@AlertGroup(
    schema = ShopMetrics.class,
    name = "shop",
    records = @RecordingRule(record = "job:shop_orders_placed:rate5m",
        expr = "sum by (job) (rate({Orders.placed}[5m]))"),
    alerts = {
      @Alert(
          name = "ShopDown",
          expr = "up{job=\"shop\"} == 0",
          pendingFor = "2m",
          severity = Severity.CRITICAL,
          summary = "{{ $labels.job }} is down",
          description = "Prometheus cannot scrape {{ $labels.instance }}.",
          test = @AlertTest(
              series = @TestSeries(series = "up{job=\"shop\", instance=\"127.0.0.1:8080\"}",
                  firing = "0x20", quiet = "1x20"),
              labels = {"job=shop", "instance=127.0.0.1:8080"}),
          runbook = @Runbook(
              meaning = "Customers cannot order.",
              causes = {"The shop process exited", "Its port does not answer"},
              checks = @RunbookCheck(description = "Targets down", expr = "up == 0"),
              dashboards = "shop-orders")),
      @Alert(
          name = "ShopAllDown",
          expr = "max by (job) (up{job=\"shop\"}) == 0",
          pendingFor = "2m",
          severity = Severity.CRITICAL,
          summary = "every instance of {{ $labels.job }} is down",
          description = "Prometheus cannot scrape any instance of the shop.",
          test = @AlertTest(
              series = @TestSeries(series = "up{job=\"shop\", instance=\"127.0.0.1:8080\"}",
                  firing = "0x20", quiet = "1x20"),
              labels = "job=shop"),
          runbook = @Runbook(
              meaning = "Nobody can order.",
              causes = "Every shop process exited",
              checks = @RunbookCheck(description = "Instances up", expr = "sum by (job) (up)"),
              dashboards = "shop-orders")),
      @Alert(
          name = "NoOrders",
          expr = "sum(job:shop_orders_placed:rate5m) == 0",
          pendingFor = "10m",
          severity = Severity.WARNING,
          summary = "No orders placed",
          description = "No order was placed in the last 10 minutes.",
          test = @AlertTest(
              series = @TestSeries(
                  series = "{Orders.placed}{side=\"buy\", paper=\"false\", job=\"shop\"}",
                  firing = "5x30", quiet = "0+1x30")),
          runbook = @Runbook(
              meaning = "Nobody orders: the shop may be unreachable for customers.",
              causes = "The order form fails",
              checks = @RunbookCheck(description = "Orders per side",
                  expr = "sum by (side) (rate({Orders.placed}[5m]))"),
              dashboards = {"shop-orders", "shop-slos"})),
      @Alert(
          name = "FillFailures",
          expr = "sum by (job) (rate({Orders.fills}{outcome=\"failure\"}[5m])) > 1",
          pendingFor = "5m",
          severity = Severity.CRITICAL,
          summary = "{{ $labels.job }} fails fills",
          description = "More than one fill a second failed over 5 minutes.",
          test = @AlertTest(
              series = @TestSeries(
                  series = "{Orders.fills}{outcome=\"failure\", job=\"shop\"}",
                  firing = "0+120x30", quiet = "0x30"),
              labels = "job=shop"),
          runbook = @Runbook(
              meaning = "Orders fail to fill.",
              causes = "The exchange rejects them",
              checks = @RunbookCheck(description = "Failed fills",
                  expr = "sum(rate({Orders.fills}{outcome=\"failure\"}[5m]))"),
              dashboards = "shop-slos"))
    })
public interface ShopAlerts {}
