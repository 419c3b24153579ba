package com.mastertrade.services.http;

import com.mastertrade.services.common.Database;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Answers a request that failed because PostgreSQL or Redis is unreachable with 503 and {@code
 * Retry-After}, not 500: the request was sound and a retry will succeed once the server is back,
 * which is what callers such as Alertmanager's webhook and the gateway's clients act on. The
 * failure itself was counted and logged where it happened ({@link Database}, the cache).
 */
public final class UnavailableServerAnswers {
  private static final String RETRY_AFTER_SECONDS = "1";

  private UnavailableServerAnswers() {}

  public static void install(JavalinConfig config) {
    config.routes.exception(Database.DatabaseException.class, UnavailableServerAnswers::answer);
    config.routes.exception(JedisException.class, UnavailableServerAnswers::answer);
  }

  private static void answer(Exception e, Context ctx) {
    ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .json(Map.of("error", "a server this service needs is unavailable; retry later"));
  }
}
