package com.example.shop;

import com.mastertrade.metrics.annotations.Alert;
import com.mastertrade.metrics.annotations.AlertGroup;
import com.mastertrade.metrics.annotations.AlertTest;
import com.mastertrade.metrics.annotations.BucketPreset;
import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.Query;
import com.mastertrade.metrics.annotations.ScrapeConfig;
import com.mastertrade.metrics.annotations.ScrapeTarget;
import com.mastertrade.metrics.annotations.Severity;
import com.mastertrade.metrics.annotations.TestSeries;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;

/** The shop's metrics, its dashboard, its alerts and how Prometheus scrapes it. */
@MetricsSchema(namespace = "shop", maxSeries = 10_000, maxSeriesPerMetric = 2_000)
public interface ShopMetrics {
  enum PaymentMethod {
    CARD,
    INVOICE
  }

  @Category(
      title = "Checkout",
      description = "Carts checked out by customers.",
      prefix = "checkout")
  interface Checkout {
    @Metric(help = "Orders placed, by payment method and country")
    CounterRecorder orders(PaymentMethod method, @MaxValues(10) String country);

    @Metric(help = "Time to check a cart out", unit = "seconds")
    @Buckets({0.05, 0.1, 0.5, 1, 5})
    HistogramRecorder duration(PaymentMethod method);

    @Metric(help = "Carts open right now")
    GaugeRecorder openCarts();
  }

  @Category(title = "HTTP", description = "Requests the shop served.", prefix = "http")
  interface Http extends HttpServerMetrics {
    @Override
    @Metric(help = "HTTP requests served, by method, route template and status class")
    CounterRecorder requests(HttpMethod method, @MaxValues(8) String route, HttpStatusClass status);

    @Override
    @Metric(help = "Time to serve an HTTP request", unit = "seconds")
    @Buckets(preset = BucketPreset.HTTP_LATENCY)
    HistogramRecorder requestDuration(HttpMethod method, @MaxValues(8) String route);

    @Override
    @Metric(help = "Size of HTTP request bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000})
    HistogramRecorder requestSize(HttpMethod method, @MaxValues(8) String route);

    @Override
    @Metric(help = "Size of HTTP response bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000})
    HistogramRecorder responseSize(HttpMethod method, @MaxValues(8) String route);
  }

  @Dashboard(
      uid = "shop-checkout",
      title = "Shop checkout",
      variables = @Variable(metric = "Checkout.orders", label = "method"),
      panels = {
        @Panel(
            title = "Orders",
            unit = "reqps",
            expr =
                "sum by (method) (rate({Checkout.orders}{method=~\"$method\"}[$__rate_interval]))",
            legend = "{{method}}"),
        @Panel(
            title = "Checkout latency p99",
            unit = "s",
            expr = "histogram_quantile(0.99, sum by (le) (rate({Checkout.duration:bucket}[5m])))")
      })
  interface CheckoutDashboard {}

  @AlertGroup(
      name = "shop",
      alerts =
          @Alert(
              name = "ShopDown",
              expr = "up{job=\"shop\"} == 0",
              pendingFor = "2m",
              severity = Severity.CRITICAL,
              summary = "{{ $labels.job }} is down",
              description = "Prometheus cannot scrape {{ $labels.instance }}.",
              test =
                  @AlertTest(
                      series =
                          @TestSeries(
                              series = "up{job=\"shop\", instance=\"127.0.0.1:8080\"}",
                              firing = "0x20",
                              quiet = "1x20"),
                      labels = {"job=shop", "instance=127.0.0.1:8080"})))
  interface ShopAlerts {}

  @ExampleQueries(
      @Query(
          name = "Card share",
          description = "Share of orders paid by card.",
          expr =
              "sum(rate({Checkout.orders}{method=\"card\"}[5m])) /"
                  + " sum(rate({Checkout.orders}[5m]))"))
  interface ShopQueries {}

  @ScrapeConfig(targets = @ScrapeTarget(job = "shop", port = 8080))
  interface ShopScrape {}
}
