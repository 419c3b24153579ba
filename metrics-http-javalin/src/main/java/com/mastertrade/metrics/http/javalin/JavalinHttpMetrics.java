package com.mastertrade.metrics.http.javalin;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.eclipse.jetty.ee10.servlet.ServletChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The Javalin adapter of {@link HttpServerInstrumentation}: a request logger, which Javalin calls
 * once per request after the response body is written, reads the matched route template, the status
 * and Jetty's own byte counts and start time.
 *
 * <p>Javalin passes the execution time as a boxed float of milliseconds; Jetty's begin time in
 * nanoseconds is used instead, which is both exact and free of allocation.
 */
public final class JavalinHttpMetrics {
  private JavalinHttpMetrics() {}

  /** Records every request the configured app handles into {@code instrumentation}. */
  public static void install(JavalinConfig config, HttpServerInstrumentation instrumentation) {
    config.requestLogger.http((ctx, executionTimeMs) -> record(ctx, instrumentation));
  }

  private static void record(Context ctx, HttpServerInstrumentation instrumentation) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    ServletChannel channel = request.getServletChannel();
    long requestBytes = ctx.req().getContentLengthLong();
    if (requestBytes < 0) {
      // Chunked request: what Jetty actually received of the body.
      requestBytes = channel.getHttpInput().getContentReceived();
    }
    instrumentation.record(
        HttpMethod.of(ctx.req().getMethod()),
        routeTemplate(ctx),
        ctx.statusCode(),
        System.nanoTime() - request.getBeginNanoTime(),
        requestBytes,
        channel.getHttpOutput().getWritten());
  }

  /** The template of the matched HTTP endpoint ({@code /orders/{id}}), or null if none matched. */
  private static String routeTemplate(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? null : endpoint.path;
  }
}
