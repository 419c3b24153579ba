package com.mastertrade.services.http;

import com.mastertrade.metrics.http.javalin.JavalinHttpMetrics;
import io.javalin.config.JavalinConfig;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * Serves {@code /metrics} with client_java's own servlet exporter, mounted beside Javalin's servlet
 * in the same Jetty context. Being an exact servlet mapping it wins over Javalin's {@code /*}, and
 * it marks its requests skipped, so scrapes count as API traffic neither in Javalin's request
 * logger nor in Jetty's request log.
 */
public final class MetricsEndpoint {
  public static final String PATH = "/metrics";

  private MetricsEndpoint() {}

  /** Serves {@code /metrics}, each scrape passing {@code guard} first (who may scrape). */
  public static void install(JavalinConfig config, PrometheusRegistry registry, Filter guard) {
    config.jetty.modifyServletContextHandler(
        handler -> {
          handler.addFilter(new FilterHolder(guard), PATH, EnumSet.of(DispatcherType.REQUEST));
          handler.addServlet(new ServletHolder(new Scrapes(registry)), PATH);
        });
  }

  /** client_java's servlet, its requests left out of the HTTP metrics Jetty's request log keeps. */
  private static final class Scrapes extends PrometheusMetricsServlet {
    private static final long serialVersionUID = 1L;

    Scrapes(PrometheusRegistry registry) {
      super(registry);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      JavalinHttpMetrics.skip(request);
      super.service(request, response);
    }
  }
}
