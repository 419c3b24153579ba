package com.mastertrade.services.http;

import io.javalin.config.JavalinConfig;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * Serves {@code /metrics} with client_java's own servlet exporter, mounted beside Javalin's servlet
 * in the same Jetty context. Being an exact servlet mapping it wins over Javalin's {@code /*}, so
 * scrapes bypass the HTTP instrumentation and do not count as API traffic.
 */
public final class MetricsEndpoint {
  public static final String PATH = "/metrics";

  private MetricsEndpoint() {}

  /** Serves {@code /metrics}, each scrape passing {@code guard} first (who may scrape). */
  public static void install(JavalinConfig config, PrometheusRegistry registry, Filter guard) {
    config.jetty.modifyServletContextHandler(
        handler -> {
          handler.addFilter(new FilterHolder(guard), PATH, EnumSet.of(DispatcherType.REQUEST));
          handler.addServlet(new ServletHolder(new PrometheusMetricsServlet(registry)), PATH);
        });
  }
}
