package com.mastertrade.services.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/** Posts alerts to Alertmanager's API v2, as Prometheus does. */
public final class AlertmanagerApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client;
  private final String baseUrl;

  public AlertmanagerApi(HttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
  }

  /** A firing alert with these labels ({@code slo} may be null), starting now. */
  public static ObjectNode alert(String name, String severity, String job, String slo) {
    ObjectNode alert = JSON.createObjectNode();
    ObjectNode labels = alert.putObject("labels");
    labels.put("alertname", name);
    labels.put("severity", severity);
    labels.put("job", job);
    if (slo != null) {
      labels.put("slo", slo);
    }
    alert.putObject("annotations").put("summary", name + " of " + job);
    alert.put("startsAt", Instant.now().toString());
    return alert;
  }

  public void post(ObjectNode... alerts) throws IOException, InterruptedException {
    ArrayNode body = JSON.createArrayNode();
    for (ObjectNode alert : alerts) {
      body.add(alert);
    }
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/alerts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "Alertmanager answered " + response.statusCode() + ": " + response.body());
    }
  }
}
