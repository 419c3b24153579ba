package com.example.shop;

import com.mastertrade.metrics.annotations.Alert;
import com.mastertrade.metrics.annotations.AlertGroup;
import com.mastertrade.metrics.annotations.AlertTest;
import com.mastertrade.metrics.annotations.RecordingRule;
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
              labels = {"job=shop", "instance=127.0.0.1:8080"})),
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
                  firing = "5x30", quiet = "0+1x30")))
    })
public interface ShopAlerts {}
