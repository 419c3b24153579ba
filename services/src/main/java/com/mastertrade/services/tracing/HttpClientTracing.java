package com.mastertrade.services.tracing;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.opentelemetry.instrumentation.api.instrumenter.Instrumenter;
import io.opentelemetry.instrumentation.api.semconv.http.HttpClientAttributesExtractor;
import io.opentelemetry.instrumentation.api.semconv.http.HttpClientAttributesGetter;
import io.opentelemetry.instrumentation.api.semconv.http.HttpSpanNameExtractor;
import io.opentelemetry.instrumentation.api.semconv.http.HttpSpanStatusExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A client span for every call of one service to another, its W3C trace context sent in the
 * request's headers so the callee's server span is its child. The semantic conventions mark a 4xx
 * or 5xx answer, a timeout and an unreachable callee as errors.
 */
public final class HttpClientTracing {
  /** One outgoing call before it is built: the headers are still open for the trace context. */
  private record Call(String method, URI uri, HttpRequest.Builder builder) {}

  private final Instrumenter<Call, HttpResponse<?>> instrumenter;

  public HttpClientTracing(Tracing tracing) {
    this.instrumenter =
        Instrumenter.<Call, HttpResponse<?>>builder(
                tracing.openTelemetry(),
                "com.mastertrade.services.http-client",
                HttpSpanNameExtractor.create(CallAttributes.INSTANCE))
            .setSpanStatusExtractor(HttpSpanStatusExtractor.create(CallAttributes.INSTANCE))
            .addAttributesExtractor(HttpClientAttributesExtractor.create(CallAttributes.INSTANCE))
            .buildClientInstrumenter(Headers.INSTANCE);
  }

  /**
   * Sends the request {@code builder} holds, {@code method} to {@code uri} (as already set on the
   * builder), in a client span.
   */
  public <T> HttpResponse<T> send(
      HttpClient client,
      String method,
      URI uri,
      HttpRequest.Builder builder,
      HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    Call call = new Call(method, uri, builder);
    Context parent = Context.current();
    if (!instrumenter.shouldStart(parent, call)) {
      return client.send(builder.build(), body);
    }
    Context context = instrumenter.start(parent, call);
    HttpResponse<T> response = null;
    Throwable error = null;
    try (Scope ignored = context.makeCurrent()) {
      response = client.send(builder.build(), body);
      return response;
    } catch (IOException | InterruptedException | RuntimeException e) {
      error = e;
      throw e;
    } finally {
      instrumenter.end(context, call, response, error);
    }
  }

  private enum Headers implements TextMapSetter<Call> {
    INSTANCE;

    @Override
    public void set(Call call, String key, String value) {
      if (call != null) {
        call.builder().setHeader(key, value);
      }
    }
  }

  private enum CallAttributes implements HttpClientAttributesGetter<Call, HttpResponse<?>> {
    INSTANCE;

    @Override
    public String getHttpRequestMethod(Call call) {
      return call.method();
    }

    @Override
    public List<String> getHttpRequestHeader(Call call, String name) {
      return List.of();
    }

    @Override
    public Integer getHttpResponseStatusCode(Call call, HttpResponse<?> response, Throwable error) {
      return response == null ? null : response.statusCode();
    }

    @Override
    public List<String> getHttpResponseHeader(Call call, HttpResponse<?> response, String name) {
      return response.headers().allValues(name);
    }

    @Override
    public String getUrlFull(Call call) {
      return call.uri().toString();
    }

    @Override
    public String getServerAddress(Call call) {
      return call.uri().getHost();
    }

    @Override
    public Integer getServerPort(Call call) {
      return call.uri().getPort();
    }
  }
}
