package com.example.shop;

import com.example.shop.ShopMetrics.PaymentMethod;
import com.mastertrade.metrics.http.servlet.HttpMetricsFilter;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The shop over HTTP: {@code POST /checkout/{method}} checks a cart out, {@code /metrics} serves
 * the registry. The HTTP filter records every request but the scrapes, which it is not mapped to.
 */
public final class ShopServer implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  public ShopServer(String host, int port, PrometheusRegistry registry) throws Exception {
    PrometheusShopMetrics metrics = PrometheusShopMetrics.register(registry);
    Checkout checkout = new Checkout(metrics);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addFilter(
        new FilterHolder(new HttpMetricsFilter(new HttpServerInstrumentation(metrics.http()))),
        "/checkout/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new CheckoutServlet(checkout)), "/checkout/*");
    context.addServlet(new ServletHolder(new PrometheusMetricsServlet(registry)), "/metrics");
    server.setHandler(context);
    server.start();
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  private static final class CheckoutServlet extends HttpServlet {
    private final transient Checkout checkout;

    CheckoutServlet(Checkout checkout) {
      this.checkout = checkout;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      long start = System.nanoTime();
      PaymentMethod method;
      try {
        method =
            PaymentMethod.valueOf(
                req.getPathInfo().substring(1).toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        resp.sendError(404, "no such payment method");
        return;
      }
      String country = req.getParameter("country");
      checkout.complete(method, country == null ? "unknown" : country, start);
      resp.setStatus(201);
      resp.getWriter().write("{\"status\":\"placed\"}");
    }
  }
}
