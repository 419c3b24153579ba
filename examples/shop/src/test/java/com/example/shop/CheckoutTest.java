package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shop on a free port of 127.0.0.1: the generated recorders record what its requests do, and
 * its /metrics is kept for promtool check metrics.
 */
class CheckoutTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void recordsCheckoutsAndRequestsAndServesThem() throws Exception {
    try (ShopServer shop = new ShopServer("127.0.0.1", 0, new PrometheusRegistry())) {
      assertEquals(201, post(shop, "/checkout/card?country=DE"));
      assertEquals(201, post(shop, "/checkout/card?country=DE"));
      assertEquals(201, post(shop, "/checkout/invoice?country=FR"));
      for (int i = 0; i < 20; i++) {
        // Beyond the declared bound of 10 countries: one overflow series, not twenty.
        assertEquals(201, post(shop, "/checkout/card?country=X" + i));
      }
      assertEquals(404, post(shop, "/checkout/bitcoin"));

      String text = get(shop, "/metrics");
      assertTrue(
          text.contains("shop_checkout_orders_total{country=\"DE\",method=\"card\"} 2.0"), text);
      assertTrue(
          text.contains("shop_checkout_orders_total{country=\"FR\",method=\"invoice\"} 1.0"), text);
      assertTrue(text.contains("shop_checkout_duration_seconds_count{method=\"card\"} 22"), text);
      long countries =
          text.lines().filter(line -> line.startsWith("shop_checkout_orders_total{")).count();
      assertEquals(11, countries, text);
      // The route is the servlet mapping, never the path; scrapes are not requests.
      assertTrue(
          text.contains(
              "shop_http_requests_total{method=\"POST\",route=\"/checkout/*\",status=\"2xx\"}"
                  + " 23.0"),
          text);
      assertTrue(
          text.contains(
              "shop_http_requests_total{method=\"POST\",route=\"/checkout/*\",status=\"4xx\"} 1.0"),
          text);
      assertTrue(!text.contains("/checkout/card") && !text.contains("/metrics"), text);
      Files.writeString(Path.of("target/exposition.txt"), text, StandardCharsets.UTF_8);
    }
  }

  private int post(ShopServer shop, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(shop, path)).POST(HttpRequest.BodyPublishers.noBody()).build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String get(ShopServer shop, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(shop, path)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static URI uri(ShopServer shop, String path) {
    return URI.create("http://127.0.0.1:" + shop.port() + path);
  }
}
