package com.mastertrade.services.gateway;

import com.mastertrade.services.access.InternalCredential;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One backend service behind the gateway. A call forwards the client's body and query string and
 * answers with the backend's status and body; an unreachable backend is a 502, a slow one a 504.
 */
final class Upstream {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** Request headers passed on: what makes a retried order idempotent. */
  private static final List<String> FORWARDED_REQUEST_HEADERS = List.of("Idempotency-Key");

  /** Response headers passed back: when to retry, and whether an answer is a replay. */
  private static final List<String> FORWARDED_RESPONSE_HEADERS =
      List.of("Retry-After", "Idempotent-Replayed");

  private final HttpClient client;
  private final String baseUrl;
  private final String authorization;

  /**
   * @param credential the internal credential the service requires; the client's own {@code
   *     Authorization} (its API key) is never passed on
   */
  Upstream(HttpClient client, String baseUrl, String credential) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.authorization = InternalCredential.authorization(credential);
  }

  /** Fetches {@code path} with GET and returns the body, or null unless the answer is 200. */
  String getBody(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? response.body() : null;
  }

  /** Forwards the current request to {@code path} on this backend. */
  void forward(Context ctx, String path) {
    String query = ctx.queryString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path + (query == null ? "" : "?" + query)))
            .timeout(TIMEOUT)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json");
    for (String header : FORWARDED_REQUEST_HEADERS) {
      String value = ctx.header(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    if (ctx.method().name().equals("POST")) {
      request.POST(HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()));
    } else {
      request.GET();
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      for (String header : FORWARDED_RESPONSE_HEADERS) {
        response.headers().firstValue(header).ifPresent(value -> ctx.header(header, value));
      }
      ctx.status(response.statusCode())
          .contentType(response.headers().firstValue("Content-Type").orElse("application/json"))
          .result(response.body());
    } catch (java.net.http.HttpTimeoutException e) {
      ctx.status(HttpStatus.GATEWAY_TIMEOUT).json(Map.of("error", "upstream timed out"));
    } catch (IOException e) {
      ctx.status(HttpStatus.BAD_GATEWAY).json(Map.of("error", "upstream unreachable"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
