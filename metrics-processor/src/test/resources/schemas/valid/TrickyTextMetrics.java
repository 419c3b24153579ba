package com.example.text;

import com.mastertrade.metrics.annotations.Alert;
import com.mastertrade.metrics.annotations.AlertGroup;
import com.mastertrade.metrics.annotations.AlertTest;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.LabelValue;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.Query;
import com.mastertrade.metrics.annotations.Runbook;
import com.mastertrade.metrics.annotations.RunbookCheck;
import com.mastertrade.metrics.annotations.Severity;
import com.mastertrade.metrics.annotations.TestSeries;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.runtime.CounterRecorder;

/**
 * Text that Markdown, Grafana and Go templates would misread, all valid: the docs escape it, the
 * dashboard variable escapes the comma, the rule test renders trim markers and comments.
 */
@MetricsSchema(namespace = "text")
public interface TrickyTextMetrics {
  enum Venue {
    @LabelValue("new york, ny")
    NEW_YORK,
    @LabelValue("*lse* | <ldn>")
    LONDON
  }

  @Category(
      title = "Orders | fills # 1",
      description = "# Not a heading\n- not a list\n1. not a list either\n    not code | *not emphasis*")
  interface Orders {
    @Metric(help = "1. Orders placed <b>per</b> venue_name & P&L; `as written`")
    CounterRecorder placed(Venue venue);
  }

  @Dashboard(
      uid = "text_orders-1",
      title = "- Orders [by venue]",
      variables = @Variable(metric = "Orders.placed", label = "venue"),
      panels =
          @Panel(
              title = "Placed | *per* venue",
              width = 24,
              height = 1,
              expr = "sum by (venue) (rate({Orders.placed}{venue=~\"$venue\"}[$__rate_interval]))"))
  interface OrdersDashboard {}

  @AlertGroup(
      name = "text.orders-1",
      alerts =
          @Alert(
              name = "NoOrders",
              expr = "sum by (venue) (rate({Orders.placed}[5m])) == 0",
              pendingFor = "1h30m",
              severity = Severity.WARNING,
              summary = "No orders at {{- /* the venue */ -}} {{ $labels.venue }}",
              description = "{{ .Labels.venue }}: }} is plain text",
              test =
                  @AlertTest(
                      series =
                          @TestSeries(
                              series = "{Orders.placed}{venue=\"new york, ny\", job=\"orders\"}",
                              firing = "0x120",
                              quiet = "0+1x120"),
                      labels = "venue=new york, ny"),
              runbook =
                  @Runbook(
                      meaning = "No orders | at *all* for `an hour`: {{ is plain text }}",
                      causes = {"<b>venue</b> closed", "a [link](x) & more"},
                      checks =
                          @RunbookCheck(
                              description = "Orders | per venue",
                              expr = "sum by (venue) (rate({Orders.placed}[5m]))"),
                      dashboards = "text_orders-1")))
  interface OrdersAlerts {}

  @ExampleQueries(
      @Query(
          name = "Placed | per `venue`",
          description = "> not a quote",
          expr = "sum by (venue) (rate({Orders.placed}[5m]))"))
  interface Queries {}
}
