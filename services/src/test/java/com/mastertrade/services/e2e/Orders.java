package com.mastertrade.services.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client placing orders through the gateway as a careful client does: each order with an
 * Idempotency-Key of its own, retried with the same key until it is answered. Each order has a
 * quantity of its own, so the database tells how many times each was placed without trusting the
 * keys.
 */
final class Orders {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final int gatewayPort;
  private final Map<String, String> headers;

  Orders(HttpClient http, int gatewayPort, Map<String, String> headers) {
    this.http = http;
    this.gatewayPort = gatewayPort;
    this.headers = Map.copyOf(headers);
  }

  /** One order of the test: its key, body and unique quantity. */
  record Order(String key, String symbol, String side, double quantity) {
    String body() {
      return String.format(
          Locale.ROOT,
          "{\"symbol\":\"%s\",\"side\":\"%s\",\"quantity\":%s}",
          symbol,
          side,
          Double.toString(quantity));
    }
  }

  /** An answer: the status, and the order id of a 201. */
  record Answer(int status, long orderId, String body) {
    boolean placed() {
      return status == 201;
    }
  }

  /** Sends {@code order} once; a connection failure is status 0. */
  Answer send(Order order) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/api/orders"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", order.key())
            .POST(HttpRequest.BodyPublishers.ofString(order.body()));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long id = 0;
      if (response.statusCode() == 201) {
        id = JSON.readTree(response.body()).path("id").asLong();
      }
      return new Answer(response.statusCode(), id, response.body());
    } catch (Exception e) {
      return new Answer(0, 0, e.toString());
    }
  }

  /**
   * How many orders of {@code order}'s quantity the database holds, by id: 0, 1, or a duplicate.
   */
  static Map<Long, Double> persisted(Connection db, Order order) throws Exception {
    Map<Long, Double> ids = new HashMap<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT o.id, f.quantity FROM orders o JOIN fills f ON f.order_id = o.id"
                + " WHERE o.strategy = 'manual' AND o.status = 'FILLED' AND o.symbol = ?"
                + " AND o.side = ? AND o.quantity = round(?::numeric, 8)")) {
      select.setString(1, order.symbol());
      select.setString(2, order.side());
      select.setDouble(3, order.quantity());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getLong(1), rows.getDouble(2));
        }
      }
    }
    return ids;
  }

  static JsonNode parse(String body) throws Exception {
    return JSON.readTree(body);
  }
}
