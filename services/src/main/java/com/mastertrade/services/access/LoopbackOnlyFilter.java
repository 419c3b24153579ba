package com.mastertrade.services.access;

import com.mastertrade.metrics.schema.MasterTradeLabels.AccessRefusal;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps {@code /metrics} to callers on loopback, where Prometheus scrapes from: a service bound to
 * a wider address still shows its internals to this host only. Scrapes carry no credential.
 */
public final class LoopbackOnlyFilter implements Filter {
  private final MasterTradeMetrics.Http metrics;

  public LoopbackOnlyFilter(MasterTradeMetrics.Http metrics) {
    this.metrics = metrics;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (Callers.isLoopback(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    metrics.requestsRefused(AccessRefusal.NOT_LOOPBACK).inc();
    ((HttpServletResponse) response)
        .sendError(HttpServletResponse.SC_FORBIDDEN, "metrics are served to loopback only");
  }
}
