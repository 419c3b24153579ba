package com.example.shop;

import com.example.shop.ShopMetrics.PaymentMethod;

/** Application code: records into the recorders the processor generated from the schema. */
public final class Checkout {
  private final PrometheusShopMetrics metrics;

  public Checkout(PrometheusShopMetrics metrics) {
    this.metrics = metrics;
  }

  public void complete(PaymentMethod method, String country, long startNanos) {
    metrics.checkout().orders(method, country).inc();
    metrics.checkout().duration(method).observeNanos(System.nanoTime() - startNanos);
  }

  public void cartOpened() {
    metrics.checkout().openCarts().inc();
  }
}
