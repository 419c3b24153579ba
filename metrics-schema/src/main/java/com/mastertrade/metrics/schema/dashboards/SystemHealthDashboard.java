package com.mastertrade.metrics.schema.dashboards;

import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * The System Health dashboard: are the six services up, how busy and how slow they are, and their
 * backends. Its PromQL refers to the metrics of {@link MasterTradeMetrics} as {@code
 * {Category.method}} ({@code :bucket}, {@code :count}, {@code :sum} for the series of a histogram
 * or summary): the processor checks each reference, label and function against the schema, so
 * renaming a metric or dropping a label used here fails the compilation.
 */
@Dashboard(
    schema = MasterTradeMetrics.class,
    uid = "mastertrade-system-health",
    title = "MasterTrade / System Health",
    description = "Are the six services up, how busy and how slow are they, and their backends.",
    tags = "health",
    variables = @Variable(metric = "Http.requests", label = "method"),
    panels = {
      @Panel(
          title = "Services up",
          description = "Prometheus' own scrape result: 0 when a service does not answer.",
          type = PanelType.STAT,
          width = 16,
          height = 4,
          expr = "up",
          legend = "{{job}}"),
      @Panel(
          title = "Uptime",
          type = PanelType.STAT,
          unit = "s",
          width = 8,
          height = 4,
          expr = "max by (job) ({ServiceHealth.uptime})",
          legend = "{{job}}"),
      // The three HTTP panels below read recording rules: they aggregate every route and
      // bucket of every service, the most expensive queries of these dashboards.
      @Panel(
          title = "HTTP request rate",
          unit = "reqps",
          expr = "job:mastertrade_http_requests:rate5m",
          legend = "{{job}}"),
      @Panel(
          title = "HTTP 5xx error ratio",
          description = "The HighErrorRate alert fires above 5% for 5 minutes.",
          unit = "percentunit",
          expr = "job:mastertrade_http_requests_5xx:ratio_rate5m",
          legend = "{{job}}"),
      @Panel(
          title = "HTTP request latency p95 / p99",
          unit = "s",
          width = 24,
          expr = {
            "histogram_quantile(0.95, "
                + "job_le:mastertrade_http_request_duration_seconds_bucket:rate5m)",
            "histogram_quantile(0.99, "
                + "job_le:mastertrade_http_request_duration_seconds_bucket:rate5m)"
          },
          legend = {"p95 {{job}}", "p99 {{job}}"}),
      @Panel(
          title = "HTTP requests by method",
          unit = "reqps",
          expr = "sum by (method) (rate({Http.requests}{method=~\"$method\"}[$__rate_interval]))",
          legend = "{{method}}"),
      @Panel(
          title = "Database connections",
          expr = "sum by (job, state) ({Database.connections})",
          legend = "{{job}} {{state}}"),
      @Panel(
          title = "RabbitMQ message rate",
          unit = "ops",
          width = 24,
          expr = {
            "sum by (job) (rate({RabbitMq.messagesPublished}[$__rate_interval]))",
            "sum by (job) (rate({RabbitMq.messagesConsumed}[$__rate_interval]))"
          },
          legend = {"published {{job}}", "consumed {{job}}"}),
      @Panel(
          title = "HTTP request latency p99, native histogram",
          description =
              "The same requests' native histogram (Prometheus 3 with native histograms on):"
                  + " exponential buckets about 2% wide instead of the classic layout.",
          unit = "s",
          width = 24,
          expr =
              "histogram_quantile(0.99, sum by (job) "
                  + "(rate({Http.requestDuration}[$__rate_interval])))",
          legend = "p99 {{job}}")
    })
public interface SystemHealthDashboard {}
