package com.mastertrade.services.gateway;

import com.mastertrade.metrics.schema.MasterTradeLabels.AccessRefusal;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.common.Database;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.Locale;

/**
 * The gateway's check of every {@code /api/...} call: an API key as {@code Authorization: Bearer
 * <key>} (401 without one or with one that is unknown or revoked), the scope the call needs (403),
 * and the key's rate limit (429 with {@code Retry-After}). Every refusal is counted by reason in
 * {@code http_requests_refused}. The check runs on matched routes only: an unknown path stays a 404
 * under the {@code unmatched} route.
 */
final class ApiAuthentication {
  private static final String BEARER = "Bearer ";

  private final VerifiedKeys keys;
  private final RateLimits limits;
  private final MasterTradeMetrics.Http metrics;

  ApiAuthentication(VerifiedKeys keys, RateLimits limits, MasterTradeMetrics.Http metrics) {
    this.keys = keys;
    this.limits = limits;
    this.metrics = metrics;
  }

  void install(JavalinConfig config) {
    config.routes.beforeMatched("/api/*", this::check);
  }

  private void check(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization == null || !authorization.startsWith(BEARER)) {
      refuse(ctx, AccessRefusal.MISSING_KEY);
      throw new UnauthorizedResponse("an API key is required: Authorization: Bearer <key>");
    }
    ApiKeys.ApiKey key;
    try {
      key = keys.verify(authorization.substring(BEARER.length()).strip());
    } catch (Database.DatabaseException e) {
      throw new ServiceUnavailableResponse("API keys cannot be checked now; retry shortly");
    }
    if (key == null) {
      refuse(ctx, AccessRefusal.INVALID_KEY);
      throw new UnauthorizedResponse("unknown or revoked API key");
    }
    ApiScope needed = ApiScope.neededFor(ctx.req().getMethod());
    if (!key.scopes().contains(needed)) {
      metrics.requestsRefused(AccessRefusal.KEY_NOT_ALLOWED).inc();
      throw new ForbiddenResponse("this API key may not " + needed.name().toLowerCase(Locale.ROOT));
    }
    ConsumptionProbe probe = limits.take(key.id());
    ctx.header("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
    if (!probe.isConsumed()) {
      metrics.requestsRefused(AccessRefusal.RATE_LIMITED).inc();
      ctx.header("Retry-After", Long.toString(RateLimits.retryAfterSeconds(probe)));
      throw new HttpResponseException(
          HttpStatus.TOO_MANY_REQUESTS.getCode(), "rate limit of this API key reached");
    }
  }

  private void refuse(Context ctx, AccessRefusal reason) {
    metrics.requestsRefused(reason).inc();
    ctx.header("WWW-Authenticate", "Bearer realm=\"mastertrade\"");
  }
}
