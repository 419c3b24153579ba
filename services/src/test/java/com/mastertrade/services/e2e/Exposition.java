package com.mastertrade.services.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/** One scrape of a service's {@code /metrics}: its text and its samples by series. */
final class Exposition {
  final String text;
  final Map<String, Double> samples = new TreeMap<>();

  private Exposition(String text) {
    this.text = text;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
  }

  static Exposition scrape(HttpClient client, int port) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("/metrics on " + port + " answered " + response.statusCode());
    }
    return new Exposition(response.body());
  }

  /** The OpenMetrics text of a service's {@code /metrics}, where exemplars are. */
  static String openMetrics(HttpClient client, int port) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("/metrics on " + port + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** The sum of every sample of {@code name} whose labels contain all of {@code labels}. */
  double sum(String name, String... labels) {
    double total = 0;
    for (Map.Entry<String, Double> sample : samples.entrySet()) {
      String series = sample.getKey();
      if (!series.equals(name) && !series.startsWith(name + "{")) {
        continue;
      }
      boolean matches = true;
      for (String label : labels) {
        matches &= series.contains(label);
      }
      if (matches) {
        total += sample.getValue();
      }
    }
    return total;
  }
}
