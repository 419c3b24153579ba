package com.mastertrade.services.access;

import com.mastertrade.metrics.schema.MasterTradeLabels.AccessRefusal;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The check every internal service makes of its callers: only a caller on loopback that carries the
 * gateway's internal credential, a secret shared by the services ({@code INTERNAL_CREDENTIAL}), as
 * {@code Authorization: Bearer <credential>}. Clients reach the services only through the gateway,
 * which checks their API keys and adds the credential. Refusals are counted by reason in {@code
 * http_requests_refused}.
 *
 * <p>The check runs on matched routes only, so an unknown path is a 404 as before and is recorded
 * under {@code unmatched}; {@code /metrics} is client_java's servlet beside Javalin and is guarded
 * by {@link LoopbackOnlyFilter} instead.
 */
public final class InternalCredential {
  private final byte[] expected;
  private final MasterTradeMetrics.Http metrics;

  public InternalCredential(String credential, MasterTradeMetrics.Http metrics) {
    this.expected = authorization(credential).getBytes(StandardCharsets.UTF_8);
    this.metrics = metrics;
  }

  /** The {@code Authorization} header value that carries {@code credential}. */
  public static String authorization(String credential) {
    return "Bearer " + credential;
  }

  public void install(JavalinConfig config) {
    config.routes.beforeMatched(this::check);
  }

  private void check(Context ctx) {
    if (!Callers.isLoopback(ctx.req().getRemoteAddr())) {
      metrics.requestsRefused(AccessRefusal.NOT_LOOPBACK).inc();
      throw new ForbiddenResponse("internal services accept calls from loopback only");
    }
    String given = ctx.header("Authorization");
    if (given == null) {
      metrics.requestsRefused(AccessRefusal.MISSING_CREDENTIAL).inc();
      throw new UnauthorizedResponse("internal service: call it through the API gateway");
    }
    // Compared in constant time, so the answer's timing tells nothing about the secret.
    if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      metrics.requestsRefused(AccessRefusal.INVALID_CREDENTIAL).inc();
      throw new UnauthorizedResponse("internal service: wrong internal credential");
    }
  }
}
