package com.mastertrade.metrics.http.javalin;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * Jetty's request log, which Jetty calls for every response it sends, its own included: a request
 * Jetty rejects before any handler runs (a malformed URI or encoding, a URI or headers too long, a
 * malformed method) gets Jetty's 400, 414 or 431 and never reaches Javalin. Those are recorded here
 * under the route {@code unmatched} with their status class; a request Javalin handled (or a
 * servlet {@linkplain JavalinHttpMetrics#skip skipped}) carries a mark and is not recorded twice.
 */
final class RejectedRequestLog implements RequestLog {
  private final HttpServerInstrumentation instrumentation;

  RejectedRequestLog(HttpServerInstrumentation instrumentation) {
    this.instrumentation = instrumentation;
  }

  @Override
  public void log(Request request, Response response) {
    if (request.getAttribute(JavalinHttpMetrics.RECORDED) != null) {
      return;
    }
    instrumentation.record(
        HttpMethod.of(request.getMethod()),
        null,
        response.getStatus(),
        System.nanoTime() - request.getBeginNanoTime(),
        Request.getContentBytesRead(request),
        Response.getContentBytesWritten(response));
  }
}
