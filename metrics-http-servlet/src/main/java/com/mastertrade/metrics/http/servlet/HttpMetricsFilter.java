package com.mastertrade.metrics.http.servlet;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * The servlet adapter of {@link HttpServerInstrumentation}: a filter, for any Jakarta Servlet 6
 * container, that records each request's method, route template, status class, latency and body
 * sizes once the response is complete (at the end of an asynchronous request, for one).
 *
 * <p>The route is what the {@link RouteResolver} finds after the request was handled, by default
 * the framework's template where it publishes one, else the servlet mapping; a request that matched
 * none is {@code unmatched}. The raw path is never a label.
 *
 * <p>Map it on {@code /*} for the REQUEST dispatcher type only, so a forward or an error page is
 * not counted twice, and leave the scrape endpoint out of its mapping or serve it from another
 * port, so that scrapes are not counted as application traffic.
 */
public final class HttpMetricsFilter implements Filter {
  private final HttpServerInstrumentation instrumentation;
  private final RouteResolver routes;

  /** Routes from {@link RouteResolver#standard()}. */
  public HttpMetricsFilter(HttpServerInstrumentation instrumentation) {
    this(instrumentation, RouteResolver.standard());
  }

  public HttpMetricsFilter(HttpServerInstrumentation instrumentation, RouteResolver routes) {
    this.instrumentation = Objects.requireNonNull(instrumentation, "instrumentation");
    this.routes = Objects.requireNonNull(routes, "routes");
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest request)
        || !(res instanceof HttpServletResponse response)) {
      chain.doFilter(req, res);
      return;
    }
    long start = System.nanoTime();
    long declaredLength = request.getContentLengthLong();
    CountingRequest countingRequest = declaredLength < 0 ? new CountingRequest(request) : null;
    HttpServletRequest handled = countingRequest == null ? request : countingRequest;
    CountingResponse countingResponse = new CountingResponse(response);
    Exchange exchange =
        new Exchange(request, response, countingRequest, countingResponse, declaredLength, start);
    boolean failed = true;
    try {
      chain.doFilter(handled, countingResponse);
      failed = false;
    } finally {
      if (!failed && request.isAsyncStarted()) {
        request.getAsyncContext().addListener(exchange);
      } else {
        exchange.record(failed);
      }
    }
  }

  /** One request in flight, recorded once when it completes. */
  private final class Exchange implements AsyncListener {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final CountingRequest countingRequest;
    private final CountingResponse countingResponse;
    private final long declaredLength;
    private final long start;

    Exchange(
        HttpServletRequest request,
        HttpServletResponse response,
        CountingRequest countingRequest,
        CountingResponse countingResponse,
        long declaredLength,
        long start) {
      this.request = request;
      this.response = response;
      this.countingRequest = countingRequest;
      this.countingResponse = countingResponse;
      this.declaredLength = declaredLength;
      this.start = start;
    }

    /**
     * An exception that leaves the filter becomes a 500 from the container unless the response was
     * already committed with another status.
     */
    void record(boolean failed) {
      int status =
          failed && !response.isCommitted()
              ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
              : response.getStatus();
      instrumentation.record(
          HttpMethod.of(request.getMethod()),
          routes.route(request),
          status,
          System.nanoTime() - start,
          countingRequest == null ? declaredLength : countingRequest.bytesRead(),
          responseBytes());
    }

    /**
     * What passed through the wrapper; an asynchronous servlet that writes to the container's own
     * response ({@code startAsync()} without arguments hands it out) bypasses the wrapper, and then
     * the declared {@code Content-Length} is the size, or unknown without one.
     */
    private long responseBytes() {
      long counted = countingResponse.bytesWritten();
      if (counted > 0) {
        return counted;
      }
      String declared = response.getHeader("Content-Length");
      if (declared == null) {
        return counted;
      }
      try {
        return Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    @Override
    public void onComplete(AsyncEvent event) {
      record(false);
    }

    @Override
    public void onTimeout(AsyncEvent event) {}

    @Override
    public void onError(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {
      event.getAsyncContext().addListener(this);
    }
  }
}
