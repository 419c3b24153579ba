package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.ShopMetrics.PaymentMethod;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated recorders record; the exposition is kept for promtool check metrics. */
class CheckoutTest {
  @Test
  void recordsOrdersLatencyAndOpenCarts() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Checkout checkout = new Checkout(PrometheusShopMetrics.register(registry));

    checkout.cartOpened();
    checkout.complete(PaymentMethod.CARD, "DE", System.nanoTime());
    checkout.complete(PaymentMethod.CARD, "DE", System.nanoTime());
    checkout.complete(PaymentMethod.INVOICE, "FR", System.nanoTime());
    for (int i = 0; i < 20; i++) {
      // Beyond the declared bound of 10 countries: one overflow series, not twenty.
      checkout.complete(PaymentMethod.CARD, "X" + i, System.nanoTime());
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("shop_checkout_orders_total{country=\"DE\",method=\"card\"} 2.0"), text);
    assertTrue(text.contains("shop_checkout_orders_total{country=\"FR\",method=\"invoice\"} 1.0"), text);
    assertTrue(text.contains("shop_checkout_duration_seconds_count{method=\"card\"} 22"), text);
    assertTrue(text.contains("shop_checkout_open_carts 1.0"), text);
    long countries =
        text.lines().filter(line -> line.startsWith("shop_checkout_orders_total{")).count();
    assertEquals(11, countries, text);
    Files.writeString(Path.of("target/exposition.txt"), text, StandardCharsets.UTF_8);
  }
}
