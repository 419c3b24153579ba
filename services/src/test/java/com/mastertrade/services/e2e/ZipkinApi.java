package com.mastertrade.services.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

/** The stack's Zipkin server, read through its v2 API as a user's trace search does. */
final class ZipkinApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client;
  private final String baseUrl;

  ZipkinApi(HttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
  }

  /** The spans of trace {@code traceId}; an empty array while Zipkin has none of them. */
  JsonNode trace(String traceId) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/trace/" + traceId)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 404) {
      return MAPPER.createArrayNode();
    }
    if (response.statusCode() != 200) {
      throw new IOException("Zipkin answered " + response.statusCode() + ": " + response.body());
    }
    return MAPPER.readTree(response.body());
  }

  /**
   * The traces of the last {@code lookbackMillis} with a span of {@code service}, at most {@code
   * limit} of them, each an array of its spans.
   */
  JsonNode traces(String service, long lookbackMillis, int limit)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        baseUrl
                            + "/api/v2/traces?serviceName="
                            + service
                            + "&lookback="
                            + lookbackMillis
                            + "&limit="
                            + limit))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Zipkin answered " + response.statusCode() + ": " + response.body());
    }
    return MAPPER.readTree(response.body());
  }

  /**
   * The database systems {@code trace} has client spans of, as OpenTelemetry's semantic
   * conventions name them ({@code db.system} or, in newer ones, {@code db.system.name}).
   */
  static Set<String> databaseSystems(JsonNode trace) {
    Set<String> systems = new TreeSet<>();
    for (JsonNode span : trace) {
      JsonNode tags = span.path("tags");
      for (String key : new String[] {"db.system", "db.system.name"}) {
        if (tags.has(key)) {
          systems.add(tags.get(key).asText());
        }
      }
    }
    return systems;
  }

  /** The services that recorded spans of {@code trace}, by their {@code localEndpoint}. */
  static Set<String> services(JsonNode trace) {
    Set<String> services = new TreeSet<>();
    for (JsonNode span : trace) {
      services.add(span.path("localEndpoint").path("serviceName").asText());
    }
    return services;
  }

  /** From the first span's start to the last span's end, in microseconds. */
  static long durationMicros(JsonNode trace) {
    long first = Long.MAX_VALUE;
    long last = 0;
    for (JsonNode span : trace) {
      long start = span.path("timestamp").asLong();
      first = Math.min(first, start);
      last = Math.max(last, start + span.path("duration").asLong());
    }
    return trace.isEmpty() ? 0 : last - first;
  }

  /** Whether a span of {@code trace} ended in error (OpenTelemetry's status, as Zipkin tags it). */
  static boolean hasErrorSpan(JsonNode trace) {
    for (JsonNode span : trace) {
      JsonNode tags = span.path("tags");
      if (tags.has("error") || "ERROR".equals(tags.path("otel.status_code").asText())) {
        return true;
      }
    }
    return false;
  }
}
