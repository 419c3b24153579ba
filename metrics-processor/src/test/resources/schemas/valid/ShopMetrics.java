package com.example.shop;

import com.mastertrade.metrics.annotations.Alert;
import com.mastertrade.metrics.annotations.AlertGroup;
import com.mastertrade.metrics.annotations.AlertRoute;
import com.mastertrade.metrics.annotations.AlertTest;
import com.mastertrade.metrics.annotations.Alerting;
import com.mastertrade.metrics.annotations.AvailabilitySlo;
import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.ComplianceWindow;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.Exemplars;
import com.mastertrade.metrics.annotations.LabelValue;
import com.mastertrade.metrics.annotations.LatencySlo;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.annotations.Quantiles;
import com.mastertrade.metrics.annotations.Query;
import com.mastertrade.metrics.annotations.Receiver;
import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.annotations.RecordingRule;
import com.mastertrade.metrics.annotations.Runbook;
import com.mastertrade.metrics.annotations.RunbookCheck;
import com.mastertrade.metrics.annotations.ScrapeConfig;
import com.mastertrade.metrics.annotations.ScrapeTarget;
import com.mastertrade.metrics.annotations.ServiceLevelObjectives;
import com.mastertrade.metrics.annotations.Severity;
import com.mastertrade.metrics.annotations.TestSeries;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.InfoRecorder;
import com.mastertrade.metrics.runtime.SummaryRecorder;

@MetricsSchema(namespace = "shop")
public interface ShopMetrics {
  enum Side {
    BUY,
    SELL
  }

  enum Outcome {
    @LabelValue("ok")
    SUCCESS,
    FAILURE
  }

  @Category(title = "Orders", description = "Orders placed by customers.", prefix = "orders")
  interface Orders {
    @Metric(help = "Orders placed")
    CounterRecorder placed(Side side, boolean paper);

    @Metric(help = "Orders placed per symbol")
    CounterRecorder bySymbol(Side side, @MaxValues(2) String symbol);

    @Metric(help = "Open orders")
    GaugeRecorder open(Side side);

    @Metric(help = "Time to fill an order", unit = "seconds")
    @Buckets({0.1, 1})
    HistogramRecorder fillDuration(Outcome outcome);

    @Metric(help = "Order value", name = "order_value_usd", unit = "usd")
    @Quantiles({0.5, 0.99})
    SummaryRecorder value();

    @Metric(help = "Fill attempts, by outcome", exemplars = Exemplars.ON)
    CounterRecorder fills(Outcome outcome);

    @Metric(help = "Revenue from filled orders", unit = "usd")
    CounterRecorder revenue();
  }

  @Category(title = "Build", description = "What is running.")
  interface Build {
    @Metric(help = "Version of the running build")
    InfoRecorder build(@MaxValues(4) String version);
  }

  @Dashboard(
      uid = "shop-orders",
      title = "Shop orders",
      variables = @Variable(metric = "Orders.placed", label = "side"),
      panels = {
        @Panel(
            title = "Orders placed",
            unit = "reqps",
            expr = "sum by (side) (rate({Orders.placed}{side=~\"$side\"}[$__rate_interval]))",
            legend = "{{side}}"),
        @Panel(
            title = "Fill latency",
            unit = "s",
            expr = {
              "histogram_quantile(0.5, sum by (le) (rate({Orders.fillDuration:bucket}[5m])))",
              "histogram_quantile(0.99, sum by (le) (rate({Orders.fillDuration:bucket}[5m])))"
            },
            legend = {"p50", "p99"}),
        @Panel(title = "Open orders", type = PanelType.STAT, width = 8, expr = "sum({Orders.open})"),
        @Panel(title = "Order value p99", unit = "currencyUSD", width = 24,
            expr = "max({Orders.value}{quantile=\"0.99\"})")
      })
  interface OrdersDashboard {}

  @AlertGroup(
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
  interface ShopAlerts {}

  @ExampleQueries({
    @Query(name = "Buy share", description = "Share of orders that buy.",
        expr = "sum(rate({Orders.placed}{side=\"buy\"}[5m])) / sum(rate({Orders.placed}[5m]))"),
    @Query(name = "Mean fill time", description = "Average time to fill an order.",
        expr = "sum(rate({Orders.fillDuration:sum}[5m])) / sum(rate({Orders.fillDuration:count}[5m]))")
  })
  interface ShopQueries {}

  @ScrapeConfig(targets = {
      @ScrapeTarget(job = "shop", port = 8080),
      @ScrapeTarget(job = "alerts", port = 8081, path = "/actuator/prometheus", scheme = "https")
  })
  interface ShopScrape {}

  @ServiceLevelObjectives(
      availability = @AvailabilitySlo(
          name = "fills",
          service = "shop",
          objective = 99.9,
          description = "Orders filled without failure.",
          events = "Orders.fills",
          badType = Outcome.class,
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
  interface ShopSlos {}

  @Alerting(
      receiverJob = "alerts",
      receiverCredentialsFile = "alerts-token",
      serviceDownAlert = "ShopDown",
      jobDownAlert = "ShopAllDown",
      runbookBaseUrl = "https://runbooks.example/shop/",
      dashboardBaseUrl = "https://grafana.example",
      traceSearchBaseUrl = "https://zipkin.example/",
      receivers = {
        @Receiver(
            name = "shop_pager",
            kind = ReceiverKind.PAGERDUTY,
            secretFile = "secrets/pagerduty-routing-key"),
        @Receiver(
            name = "shop_chat",
            kind = ReceiverKind.SLACK,
            secretFile = "secrets/slack-webhook-url",
            channel = "#shop"),
        @Receiver(
            name = "shop_desk",
            kind = ReceiverKind.EMAIL,
            to = "desk@shop.example",
            from = "alertmanager@shop.example",
            smarthost = "smtp.shop.example:587",
            username = "alertmanager",
            secretFile = "secrets/smtp-password"),
        @Receiver(
            name = "shop_tickets",
            kind = ReceiverKind.WEBHOOK,
            url = "https://tickets.shop.example/alertmanager",
            secretFile = "secrets/tickets-token"),
        @Receiver(
            name = "shop_switch",
            kind = ReceiverKind.WEBHOOK,
            url = "https://hc-ping.example/shop")
      },
      watchdogReceiver = "shop_switch",
      routes = {
        @AlertRoute(receiver = "shop_pager", severities = {Severity.PAGE, Severity.CRITICAL}),
        @AlertRoute(receiver = "shop_chat", severities = {Severity.WARNING, Severity.TICKET}),
        @AlertRoute(receiver = "shop_desk", jobs = "shop", severities = Severity.TICKET),
        @AlertRoute(receiver = "shop_tickets", slos = "fills")
      })
  interface ShopRouting {}
}
