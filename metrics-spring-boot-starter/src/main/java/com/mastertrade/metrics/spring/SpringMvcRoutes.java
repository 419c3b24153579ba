package com.mastertrade.metrics.spring;

import com.mastertrade.metrics.http.servlet.RouteResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * A route resolver that treats fallback handlers as no route: Spring MVC hands every path that no
 * controller maps to its static resource handler ({@code /**}) and errors to the error path, so
 * their patterns would stand for any URL.
 */
final class SpringMvcRoutes implements RouteResolver {
  private final RouteResolver routes;
  private final Set<String> unmatched;

  SpringMvcRoutes(RouteResolver routes, Set<String> unmatched) {
    this.routes = routes;
    this.unmatched = Set.copyOf(unmatched);
  }

  @Override
  public String route(HttpServletRequest request) {
    String route = routes.route(request);
    return route == null || unmatched.contains(route) ? null : route;
  }
}
