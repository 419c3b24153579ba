package com.mastertrade.metrics.evolution.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Reads an exposition from a {@code /metrics} URL, asking for one format, or from a saved file. */
public final class Scraper {
  private final HttpClient client;
  private final Duration timeout;

  public Scraper(Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.timeout = timeout;
  }

  /** The text and the format it is in. */
  public record Scraped(String text, ExpositionFormat format) {}

  public Scraped read(String source, ExpositionFormat wanted)
      throws IOException, InterruptedException {
    if (!source.startsWith("http://") && !source.startsWith("https://")) {
      String text = Files.readString(Path.of(source), StandardCharsets.UTF_8);
      return new Scraped(text, ExpositionFormat.ofText(text));
    }
    // The text format as fallback, as Prometheus itself asks.
    String accept =
        wanted == ExpositionFormat.OPENMETRICS
            ? ExpositionFormat.OPENMETRICS.contentType() + ",text/plain;version=0.0.4;q=0.5"
            : ExpositionFormat.PROMETHEUS_TEXT.contentType();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(source))
            .timeout(timeout)
            .header("Accept", accept)
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // A refused connection says nothing more than its class name.
      throw new IOException(source + " is unreachable: " + e, e);
    }
    if (response.statusCode() != 200) {
      throw new IOException(source + " answered HTTP " + response.statusCode());
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    return new Scraped(response.body(), ExpositionFormat.ofContentType(contentType));
  }
}
