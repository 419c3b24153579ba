package com.mastertrade.metrics.spring;

import com.mastertrade.metrics.http.servlet.HttpMetricsFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;

/**
 * {@link HttpMetricsFilter} on the application's requests only: a request under an excluded path
 * prefix (the actuator's base path, so scrapes and probes spend no route) passes unrecorded. Ordered
 * first, so that the time of the other filters counts too.
 */
final class ApplicationHttpMetricsFilter implements Filter, Ordered {
  private final HttpMetricsFilter metrics;
  private final List<String> excludedPrefixes;

  ApplicationHttpMetricsFilter(HttpMetricsFilter metrics, List<String> excludedPrefixes) {
    this.metrics = metrics;
    this.excludedPrefixes = List.copyOf(excludedPrefixes);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && excluded(http)) {
      chain.doFilter(request, response);
    } else {
      metrics.doFilter(request, response, chain);
    }
  }

  private boolean excluded(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    for (String prefix : excludedPrefixes) {
      if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
