package com.mastertrade.services.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/** A client span per Redis command, named by the command as the database conventions say. */
public final class RedisTracing {
  private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("db.system.name");
  private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("db.operation.name");

  private final Tracing tracing;

  public RedisTracing(Tracing tracing) {
    this.tracing = tracing;
  }

  /** Runs {@code call}, the Redis command {@code command}, in a client span. */
  public <T> T call(String command, Supplier<T> call) {
    Span span =
        tracing
            .tracer()
            .spanBuilder(command)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(SYSTEM, "redis")
            .setAttribute(OPERATION, command)
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      return call.get();
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }
}
