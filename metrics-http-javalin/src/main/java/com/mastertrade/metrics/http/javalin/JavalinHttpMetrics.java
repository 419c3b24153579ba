package com.mastertrade.metrics.http.javalin;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import jakarta.servlet.ServletRequest;
import org.eclipse.jetty.ee10.servlet.ServletChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.RequestLog;

/**
 * The Javalin adapter of {@link HttpServerInstrumentation}: a request logger, which Javalin calls
 * once per request after the response body is written, reads the matched route template, the status
 * and Jetty's own byte counts and start time. Requests Jetty answers itself before Javalin sees
 * them (400 for a malformed URI, 414, 431) are recorded from Jetty's request log ({@link
 * RejectedRequestLog}) as {@code unmatched}, so every response the server sends is counted once.
 *
 * <p>Javalin passes the execution time as a boxed float of milliseconds; Jetty's begin time in
 * nanoseconds is used instead, which is both exact and free of allocation.
 */
public final class JavalinHttpMetrics {
  /** The request attribute marking a request as recorded (or not to be recorded). */
  static final String RECORDED = JavalinHttpMetrics.class.getName() + ".recorded";

  private JavalinHttpMetrics() {}

  /**
   * Records every response of the configured app's server into {@code instrumentation}: those of
   * Javalin's routes by route template, and those Jetty sends itself as {@code unmatched}. It takes
   * the server's request log; a request log of the application's own is kept and called too.
   */
  public static void install(JavalinConfig config, HttpServerInstrumentation instrumentation) {
    config.requestLogger.http((ctx, executionTimeMs) -> record(ctx, instrumentation));
    RejectedRequestLog rejected = new RejectedRequestLog(instrumentation);
    config.jetty.modifyServer(
        server ->
            server.setRequestLog(
                server.getRequestLog() == null
                    ? rejected
                    : new RequestLog.Collection(server.getRequestLog(), rejected)));
  }

  /**
   * Leaves {@code request} out of the HTTP metrics: for a servlet served beside Javalin whose
   * requests are not API traffic, such as the metrics endpoint itself.
   */
  public static void skip(ServletRequest request) {
    request.setAttribute(RECORDED, Boolean.TRUE);
  }

  private static void record(Context ctx, HttpServerInstrumentation instrumentation) {
    skip(ctx.req());
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
