package com.mastertrade.services.tracing;

import io.javalin.config.JavalinConfig;
import io.javalin.router.Endpoint;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.instrumentation.api.instrumenter.Instrumenter;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerAttributesExtractor;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerAttributesGetter;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerRoute;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerRouteSource;
import io.opentelemetry.instrumentation.api.semconv.http.HttpSpanNameExtractor;
import io.opentelemetry.instrumentation.api.semconv.http.HttpSpanStatusExtractor;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * A server span for every HTTP request a service handles, continuing the caller's W3C trace context
 * and named by the matched route template ({@code POST /orders}); current while the request is
 * handled, so the spans of its database, cache and outbound calls are its children and the HTTP
 * metrics recorded at its end take its ids as exemplars. Scrapes of {@code /metrics} are not traced.
 * Built with OpenTelemetry's instrumenter API, whose semantic conventions set the attributes and
 * mark 5xx answers as errors.
 */
public final class HttpServerTracing implements Filter {
  private static final String METRICS_PATH = "/metrics";

  private final Instrumenter<HttpServletRequest, HttpServletResponse> instrumenter;

  private HttpServerTracing(Tracing tracing) {
    this.instrumenter =
        Instrumenter.<HttpServletRequest, HttpServletResponse>builder(
                tracing.openTelemetry(),
                "com.mastertrade.services.http-server",
                HttpSpanNameExtractor.create(ServletAttributes.INSTANCE))
            .setSpanStatusExtractor(HttpSpanStatusExtractor.create(ServletAttributes.INSTANCE))
            .addAttributesExtractor(HttpServerAttributesExtractor.create(ServletAttributes.INSTANCE))
            .addContextCustomizer(HttpServerRoute.create(ServletAttributes.INSTANCE))
            .buildServerInstrumenter(Headers.INSTANCE);
  }

  /** Traces every request of the app {@code config} configures. */
  public static void install(JavalinConfig config, Tracing tracing) {
    HttpServerTracing filter = new HttpServerTracing(tracing);
    config.jetty.modifyServletContextHandler(
        handler ->
            handler.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST)));
    // Javalin knows the route template once it matched an endpoint: it names the span.
    config.routes.beforeMatched(
        ctx -> {
          Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
          if (endpoint != null) {
            HttpServerRoute.update(
                Context.current(), HttpServerRouteSource.CONTROLLER, endpoint.path);
          }
        });
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Context parent = Context.current();
    if (METRICS_PATH.equals(request.getRequestURI())
        || !instrumenter.shouldStart(parent, request)) {
      chain.doFilter(req, res);
      return;
    }
    Context context = instrumenter.start(parent, request);
    Throwable error = null;
    try (Scope ignored = context.makeCurrent()) {
      chain.doFilter(req, res);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      error = e;
      throw e;
    } finally {
      instrumenter.end(context, request, response, error);
    }
  }

  /** The incoming request's headers, where the caller's trace context is. */
  private enum Headers implements TextMapGetter<HttpServletRequest> {
    INSTANCE;

    @Override
    public Iterable<String> keys(HttpServletRequest request) {
      return Collections.list(request.getHeaderNames());
    }

    @Override
    public String get(HttpServletRequest request, String key) {
      return request == null ? null : request.getHeader(key);
    }
  }

  private enum ServletAttributes
      implements HttpServerAttributesGetter<HttpServletRequest, HttpServletResponse> {
    INSTANCE;

    @Override
    public String getHttpRequestMethod(HttpServletRequest request) {
      return request.getMethod();
    }

    @Override
    public List<String> getHttpRequestHeader(HttpServletRequest request, String name) {
      return Collections.list(request.getHeaders(name));
    }

    @Override
    public Integer getHttpResponseStatusCode(
        HttpServletRequest request, HttpServletResponse response, Throwable error) {
      return error != null ? 500 : response.getStatus();
    }

    @Override
    public List<String> getHttpResponseHeader(
        HttpServletRequest request, HttpServletResponse response, String name) {
      return List.copyOf(response.getHeaders(name));
    }

    @Override
    public String getUrlScheme(HttpServletRequest request) {
      return request.getScheme();
    }

    @Override
    public String getUrlPath(HttpServletRequest request) {
      return request.getRequestURI();
    }

    @Override
    public String getUrlQuery(HttpServletRequest request) {
      return request.getQueryString();
    }
  }
}
