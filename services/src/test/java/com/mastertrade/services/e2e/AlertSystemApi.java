package com.mastertrade.services.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** The alerts the alert system stored, read from its {@code GET /alerts}. */
final class AlertSystemApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client;
  private final int port;
  private final String credential;

  AlertSystemApi(HttpClient client, int port, String credential) {
    this.client = client;
    this.port = port;
    this.credential = credential;
  }

  /** The latest stored alert of {@code type}, if any of the recent ones is. */
  Optional<JsonNode> received(String type) throws IOException, InterruptedException {
    return received(type, null);
  }

  /**
   * As {@link #received(String)}, with the label {@code label} ({@code name=value}, as the stored
   * message lists the alert's labels).
   */
  Optional<JsonNode> received(String type, String label)
      throws IOException, InterruptedException {
    for (JsonNode alert : recent()) {
      if (alert.path("type").asText().equals(type)
          && (label == null || alert.path("message").asText().contains(label))) {
        return Optional.of(alert);
      }
    }
    return Optional.empty();
  }

  private JsonNode recent() throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/alerts"))
                .header("Authorization", "Bearer " + credential)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET /alerts answered " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }
}
