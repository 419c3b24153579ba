package com.mastertrade.services.gateway;

import com.mastertrade.services.access.InternalCredential;
import com.mastertrade.services.tracing.HttpClientTracing;
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
 * answers with the backend's status and body. A backend that cannot be reached, or whose connection
 * broke before it answered, is a 503 with {@code Retry-After}: the client retries (an order with
 * the same {@code Idempotency-Key}, which places it once); a slow one is a 504.
 */
final class Upstream {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** When a client may retry a call to a backend that was unavailable. */
  static final String RETRY_AFTER_SECONDS = "1";

  /** Request headers passed on: what makes a retried order idempotent. */
  private static final List<String> FORWARDED_REQUEST_HEADERS = List.of("Idempotency-Key");

  /** Response headers passed back: when to retry, and whether an answer is a replay. */
  private static final List<String> FORWARDED_RESPONSE_HEADERS =
      List.of("Retry-After", "Idempotent-Replayed");

  private final HttpClient client;
  private final HttpClientTracing tracing;
  private final String baseUrl;
  private final String authorization;

  /**
   * @param credential the internal credential the service requires; the client's own {@code
   *     Authorization} (its API key) is never passed on
   */
  Upstream(HttpClient client, HttpClientTracing tracing, String baseUrl, String credential) {
    this.client = client;
    this.tracing = tracing;
    this.baseUrl = baseUrl;
    this.authorization = InternalCredential.authorization(credential);
  }

  /** Fetches {@code path} with GET and returns the body, or null unless the answer is 200. */
  String getBody(String path) throws IOException, InterruptedException {
    URI uri = URI.create(baseUrl + path);
    HttpResponse<String> response =
        tracing.send(
            client,
            "GET",
            uri,
            HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .GET(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? response.body() : null;
  }

  /** Forwards the current request to {@code path} on this backend. */
  void forward(Context ctx, String path) {
    String query = ctx.queryString();
    URI uri = URI.create(baseUrl + path + (query == null ? "" : "?" + query));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json");
    for (String header : FORWARDED_REQUEST_HEADERS) {
      String value = ctx.header(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    String method = ctx.method().name();
    if (method.equals("POST")) {
      request.POST(HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()));
    } else {
      method = "GET";
      request.GET();
    }
    try {
      HttpResponse<byte[]> response =
          tracing.send(client, method, uri, request, HttpResponse.BodyHandlers.ofByteArray());
      for (String header : FORWARDED_RESPONSE_HEADERS) {
        response.headers().firstValue(header).ifPresent(value -> ctx.header(header, value));
      }
      ctx.status(response.statusCode())
          .contentType(response.headers().firstValue("Content-Type").orElse("application/json"))
          .result(response.body());
    } catch (java.net.http.HttpTimeoutException e) {
      ctx.status(HttpStatus.GATEWAY_TIMEOUT).json(Map.of("error", "upstream timed out"));
    } catch (IOException e) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .json(
              Map.of(
                  "error",
                  "the service behind this route is unavailable; retry later (an order with the"
                      + " same Idempotency-Key)"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
