package com.example.shop;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of every category of {@link ShopMetrics}. Register once per registry; to register one category only, use its own {@code register}.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class PrometheusShopMetrics {
  public static final String NAMESPACE = "shop";

  private final PrometheusShopMetricsOrders orders;

  private final PrometheusShopMetricsBuild build;

  private PrometheusShopMetrics(PrometheusRegistry registry) {
    this.orders = PrometheusShopMetricsOrders.register(registry);
    this.build = PrometheusShopMetricsBuild.register(registry);
  }

  /**
   * Registers every metric of the schema on {@code registry}.
   */
  public static PrometheusShopMetrics register(PrometheusRegistry registry) {
    return new PrometheusShopMetrics(registry);
  }

  /**
   * Orders: Orders placed by customers.
   */
  public ShopMetrics.Orders orders() {
    return orders;
  }

  /**
   * Build: What is running.
   */
  public ShopMetrics.Build build() {
    return build;
  }
}
