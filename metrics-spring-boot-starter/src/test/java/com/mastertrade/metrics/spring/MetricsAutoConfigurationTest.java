package com.mastertrade.metrics.spring;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/** The starter in a Spring MVC application on a real Tomcat, scraped at the actuator. */
class MetricsAutoConfigurationTest {
  @Test
  void recordersAreBeansRegisteredOnTheRegistryTheActuatorServes() throws Exception {
    try (RunningShop shop = RunningShop.start()) {
      assertThat(shop.context.getBean(PrometheusShopMetrics.class).orders())
          .isSameInstanceAs(shop.context.getBean(ShopMetrics.Orders.class));

      assertThat(shop.send("POST", "/orders/DE").statusCode()).isEqualTo(200);

      String exposition = shop.scrape();
      assertThat(exposition).contains("shop_orders_placed_total{country=\"DE\"} 1.0");
      // Micrometer's own families in the same exposition, its HTTP timer included by default.
      assertThat(exposition).contains("# TYPE jvm_memory_used_bytes gauge");
      assertThat(exposition).contains("http_server_requests_seconds_count{");
    }
  }

  @Test
  void routesAreSpringMvcTemplatesAndFallbacksAndTheActuatorAreNot() throws Exception {
    try (RunningShop shop =
        new RunningShop(
            RunningShop.builder()
                .run(RunningShop.args("--management.observations.enable.http.server.requests=false")))) {
      assertThat(shop.send("POST", "/orders/DE").statusCode()).isEqualTo(200);
      assertThat(shop.send("POST", "/orders/FR").statusCode()).isEqualTo(200);
      assertThat(shop.send("GET", "/no/such/page").statusCode()).isEqualTo(404);
      assertThat(shop.send("GET", "/error").statusCode()).isEqualTo(500);
      assertThat(shop.send("GET", "/boom").statusCode()).isEqualTo(500);
      assertThat(shop.send("GET", "/actuator/health").statusCode()).isEqualTo(200);

      String exposition = shop.scrape();
      assertThat(exposition)
          .contains(
              "shop_http_requests_total{method=\"POST\",route=\"/orders/{country}\",status=\"2xx\"}"
                  + " 2.0");
      assertThat(exposition)
          .contains("shop_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"4xx\"} 1.0");
      assertThat(exposition)
          .contains("shop_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"5xx\"} 1.0");
      assertThat(exposition)
          .contains("shop_http_requests_total{method=\"GET\",route=\"/boom\",status=\"5xx\"} 1.0");
      assertThat(exposition).doesNotContain("route=\"/**\"");
      assertThat(exposition).doesNotContain("route=\"/error\"");
      assertThat(exposition).doesNotContain("actuator");
      // Micrometer's HTTP timer switched off as the docs say: requests are timed once.
      assertThat(exposition).doesNotContain("http_server_requests");
    }
  }

  @Test
  void recordingsPastABoundAnswerAndAreCountedAsOverflow() throws Exception {
    try (RunningShop shop = RunningShop.start()) {
      for (String country : new String[] {"DE", "FR", "IT", "ES"}) {
        assertThat(shop.send("POST", "/orders/" + country).statusCode()).isEqualTo(200);
      }
      assertThat(shop.scrape())
          .contains(
              "shop_label_overflow_total{label=\"country\",metric=\"shop_orders_placed_total\"} 2.0");
    }
  }

  @Test
  void httpMetricsCanBeSwitchedOff() throws Exception {
    try (RunningShop shop =
        new RunningShop(
            RunningShop.builder().run(RunningShop.args("--mastertrade.metrics.http.enabled=false")))) {
      assertThat(shop.context.getBeansOfType(ApplicationHttpMetricsFilter.class)).isEmpty();
      assertThat(shop.send("POST", "/orders/DE").statusCode()).isEqualTo(200);
      assertThat(shop.scrape()).doesNotContain("shop_http_requests_total{");
    }
  }

  @Test
  void aMicrometerMeterNamedLikeASchemaFamilyFailsTheStartNamingBoth() {
    Exception failure =
        assertThrows(
            Exception.class,
            () -> RunningShop.builder(CollidingMeter.class).run(RunningShop.args()).close());
    assertThat(rootMessage(failure))
        .contains(
            "Micrometer meter 'shop.orders.placed' (Prometheus family shop_orders_placed) has the"
                + " name of a family of the schema registered by"
                + " com.mastertrade.metrics.spring.PrometheusShopMetrics");
  }

  @Test
  void aSchemaOnTheDefaultRegistryFailsTheStart() {
    try {
      Exception failure =
          assertThrows(
              Exception.class,
              () -> RunningShop.builder(DefaultRegistryRecorders.class).run(RunningShop.args()).close());
      assertThat(rootMessage(failure))
          .contains(
              "Schema recorders [com.mastertrade.metrics.spring.PrometheusShopMetrics] are"
                  + " registered on PrometheusRegistry.defaultRegistry, which /actuator/prometheus"
                  + " does not serve");
    } finally {
      PrometheusRegistry.defaultRegistry.clear();
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  /** A meter binder that picks a schema's name, as a library might. */
  static class CollidingMeter {
    @org.springframework.context.annotation.Bean
    io.micrometer.core.instrument.binder.MeterBinder ordersPlaced() {
      return registry -> registry.counter("shop.orders.placed");
    }
  }

  /** The schema registered as client_java's README shows, outside Boot's registry. */
  static class DefaultRegistryRecorders {
    @org.springframework.context.annotation.Bean
    PrometheusShopMetrics shopMetrics() {
      return PrometheusShopMetrics.register(PrometheusRegistry.defaultRegistry);
    }
  }
}
