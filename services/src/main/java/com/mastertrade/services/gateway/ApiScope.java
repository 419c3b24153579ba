package com.mastertrade.services.gateway;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may do: read the market, portfolio and risk views, or also trade. */
enum ApiScope {
  /** Every {@code GET /api/...}. */
  READ,
  /** {@code POST /api/orders}. */
  TRADE;

  /** The scope a call of {@code method} needs. */
  static ApiScope neededFor(String method) {
    return method.equals("GET") || method.equals("HEAD") ? READ : TRADE;
  }

  /** Parses {@code read,trade}; an unknown scope is an error naming the known ones. */
  static Set<ApiScope> parse(String text) {
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    for (String part : text.split(",")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      try {
        scopes.add(valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown scope '" + part.strip() + "': use read, trade");
      }
    }
    return scopes;
  }

  /** The stored form, {@code read,trade}, in declaration order. */
  static String format(Set<ApiScope> scopes) {
    return scopes.stream()
        .sorted()
        .map(s -> s.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(","));
  }
}
