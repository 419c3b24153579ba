package com.mastertrade.services.http;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * Refuses with 400 every request whose path holds a dot-segment ({@code .} or {@code ..}), written
 * plainly or percent-encoded ({@code %2e%2e}), or an encoded slash or backslash, before any servlet
 * is chosen: Jetty resolves {@code /api/%2e%2e/metrics} to {@code /metrics}, so such a path would
 * reach a servlet other than the one its prefix names. No client of the services writes one.
 */
public final class DotSegmentFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** Installs the filter in front of every servlet of {@code config}'s context. */
  public static void install(JavalinConfig config) {
    config.jetty.modifyServletContextHandler(
        handler ->
            handler.addFilter(
                new FilterHolder(new DotSegmentFilter()),
                "/*",
                EnumSet.of(DispatcherType.REQUEST)));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (ambiguous(request.getRequestURI())) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "a path with a dot-segment or encoded slash");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the raw (still encoded) path holds a dot-segment or an encoded separator. */
  static boolean ambiguous(String rawPath) {
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
      return true;
    }
    for (String segment : rawPath.split("/", -1)) {
      int parameters = segment.indexOf(';');
      String name = parameters < 0 ? segment : segment.substring(0, parameters);
      String decoded;
      try {
        decoded = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return true;
      }
      if (decoded.equals(".") || decoded.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
