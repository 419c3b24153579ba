package com.mastertrade.metrics.http.servlet;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.util.List;

/**
 * Finds the route template a request was handled by, once it has been handled: a pattern written in
 * code or configuration ({@code /orders/{id}}, {@code /orders/*}), never the path the client sent.
 * {@code null} means no route matched; the request is then recorded as {@code unmatched}.
 *
 * <p>A framework that routes inside one servlet knows the template; a resolver reads it where the
 * framework publishes it, usually a request attribute. Without a framework, the servlet mapping
 * that selected the servlet is the template.
 */
@FunctionalInterface
public interface RouteResolver {
  /** The attribute in which Spring MVC stores the pattern of the matched handler. */
  String SPRING_MVC_PATTERN_ATTRIBUTE =
      "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

  /** The route template of a handled request, or null when no route matched. */
  String route(HttpServletRequest request);

  /**
   * The URL pattern of the servlet mapping that selected the servlet ({@code /orders/*}, {@code
   * *.jsp}, an exact path, or {@code ""} for the context root). Requests that fell through to the
   * default servlet ({@code /}), which serves any path, matched no route.
   */
  static RouteResolver servletMapping() {
    return request -> {
      HttpServletMapping mapping = request.getHttpServletMapping();
      if (mapping == null || mapping.getMappingMatch() == null) {
        return null;
      }
      return mapping.getMappingMatch() == MappingMatch.DEFAULT ? null : mapping.getPattern();
    };
  }

  /** The value of a request attribute a framework sets to the matched template, if a string. */
  static RouteResolver requestAttribute(String name) {
    return request -> request.getAttribute(name) instanceof String route ? route : null;
  }

  /** Spring MVC's matched handler pattern ({@code /orders/{id}}). */
  static RouteResolver springMvc() {
    return requestAttribute(SPRING_MVC_PATTERN_ATTRIBUTE);
  }

  /** The first route that one of {@code resolvers}, asked in order, finds. */
  static RouteResolver firstOf(RouteResolver... resolvers) {
    List<RouteResolver> chain = List.of(resolvers);
    return request -> {
      for (RouteResolver resolver : chain) {
        String route = resolver.route(request);
        if (route != null) {
          return route;
        }
      }
      return null;
    };
  }

  /** Spring MVC's pattern where it set one, else the servlet mapping. */
  static RouteResolver standard() {
    return firstOf(springMvc(), servletMapping());
  }
}
