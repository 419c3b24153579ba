package com.mastertrade.metrics.processor.validation;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * A schema with one alert whose test gives two series of one gauge, {@code side="buy"} firing and
 * {@code side="sell"} quiet: the alert's expression and the test's expected labels are filled in.
 * Shared by the diagnostics of expected label values and by their check against promtool.
 */
public final class AlertTestLabelSchema {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Shop {
        enum Side { BUY, SELL }

        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Open orders")
          GaugeRecorder open(Side side);
        }

        @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
        interface Board {}

        @AlertGroup(name = "g", alerts = @Alert(name = "TooManyOpen",
            expr = "%s", severity = Severity.WARNING, summary = "s", description = "d",
            test = @AlertTest(series = {
                    @TestSeries(series = "{Orders.open}{job=\\"shop\\", instance=\\"a:1\\", side=\\"buy\\"}",
                        firing = "10x30", quiet = "0x30"),
                    @TestSeries(series = "{Orders.open}{job=\\"shop\\", instance=\\"a:1\\", side=\\"sell\\"}",
                        firing = "0x30", quiet = "0x30")},
                labels = {%s}),
            runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                checks = @RunbookCheck(description = "d", expr = "{Orders.open}"))))
        interface Alerts {}
      }
      """;

  private AlertTestLabelSchema() {}

  /** The schema {@code test.Shop} with the alert's {@code expr} and the test's {@code labels}. */
  public static JavaFileObject source(String expr, String labels) {
    return JavaFileObjects.forSourceString("test.Shop", String.format(SCHEMA, expr, labels));
  }
}
