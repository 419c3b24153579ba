package com.mastertrade.services.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The Prometheus HTTP API of the stack's server. */
final class PrometheusApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client;
  private final String baseUrl;

  PrometheusApi(HttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
  }

  /** The result vector of an instant query. */
  JsonNode query(String promql) throws IOException, InterruptedException {
    JsonNode body = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    if (!body.path("status").asText().equals("success")) {
      throw new IOException("query " + promql + " failed: " + body);
    }
    return body.path("data").path("result");
  }

  /**
   * The {@code trace_id}s of the exemplars Prometheus stored for {@code selector} between {@code
   * start} and {@code end} (Unix seconds), as {@code /api/v1/query_exemplars} returns them.
   */
  java.util.Set<String> exemplarTraceIds(String selector, long start, long end)
      throws IOException, InterruptedException {
    JsonNode body =
        get(
            "/api/v1/query_exemplars?query="
                + URLEncoder.encode(selector, StandardCharsets.UTF_8)
                + "&start="
                + start
                + "&end="
                + end);
    if (!body.path("status").asText().equals("success")) {
      throw new IOException("query_exemplars " + selector + " failed: " + body);
    }
    java.util.Set<String> traceIds = new java.util.TreeSet<>();
    for (JsonNode series : body.path("data")) {
      for (JsonNode exemplar : series.path("exemplars")) {
        String traceId = exemplar.path("labels").path("trace_id").asText("");
        if (!traceId.isEmpty()) {
          traceIds.add(traceId);
        }
      }
    }
    return traceIds;
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(response.body());
  }
}
