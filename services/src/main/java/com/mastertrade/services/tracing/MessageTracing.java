package com.mastertrade.services.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * Spans of RabbitMQ messages, their W3C trace context carried in the message headers: a producer
 * span per published message, and a consumer span per processed delivery whose parent is the
 * producer's, so a signal, its order, the fill and the risk update form one trace across services.
 * The outbox keeps the context of the work that wrote an event, so the relay's later publish is
 * part of that work's trace, not of the relay's timer.
 */
public final class MessageTracing {
  private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  private static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  private static final AttributeKey<String> OPERATION =
      AttributeKey.stringKey("messaging.operation.type");
  private static final AttributeKey<String> MESSAGE_ID =
      AttributeKey.stringKey("messaging.message.id");
  private static final AttributeKey<String> ROUTING_KEY =
      AttributeKey.stringKey("messaging.rabbitmq.destination.routing_key");

  private final Tracing tracing;

  public MessageTracing(Tracing tracing) {
    this.tracing = tracing;
  }

  /**
   * Starts the producer span of a message to {@code exchange} under {@code parent} (the context a
   * trace carrier holds, or the current one) and returns it with the headers that carry it.
   */
  public Publish publish(
      Map<String, String> parent, String exchange, String routingKey, String messageId) {
    Context parentContext =
        parent == null || parent.isEmpty() ? Context.current() : extract(Context.root(), parent);
    Span span =
        tracing
            .tracer()
            .spanBuilder("publish " + exchange)
            .setSpanKind(SpanKind.PRODUCER)
            .setParent(parentContext)
            .setAttribute(SYSTEM, "rabbitmq")
            .setAttribute(DESTINATION, exchange)
            .setAttribute(OPERATION, "send")
            .setAttribute(ROUTING_KEY, routingKey)
            .setAttribute(MESSAGE_ID, messageId)
            .startSpan();
    Map<String, Object> headers = new HashMap<>();
    tracing.propagator().inject(parentContext.with(span), headers, Map::put);
    return new Publish(span, headers);
  }

  /** A started producer span and the message headers that carry its context. */
  public record Publish(Span span, Map<String, Object> headers) {
    /** Ends the span, as failed if {@code error} is not null. */
    public void end(Exception error) {
      if (error != null) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    }
  }

  /**
   * Starts the consumer span of a delivery from {@code queue}, a child of the producer span whose
   * context its {@code headers} carry (a root span for a message without one).
   */
  public Span process(Map<String, Object> headers, String queue, String messageId) {
    Context parent =
        headers == null ? Context.root() : tracing.propagator().extract(Context.root(), headers, HeaderGetter.INSTANCE);
    return tracing
        .tracer()
        .spanBuilder("process " + queue)
        .setSpanKind(SpanKind.CONSUMER)
        .setParent(parent)
        .setAttribute(SYSTEM, "rabbitmq")
        .setAttribute(DESTINATION, queue)
        .setAttribute(OPERATION, "process")
        .setAttribute(MESSAGE_ID, messageId == null ? "" : messageId)
        .startSpan();
  }

  private Context extract(Context base, Map<String, String> carrier) {
    return tracing
        .propagator()
        .extract(
            base,
            carrier,
            new TextMapGetter<Map<String, String>>() {
              @Override
              public Iterable<String> keys(Map<String, String> map) {
                return map.keySet();
              }

              @Override
              public String get(Map<String, String> map, String key) {
                return map == null ? null : map.get(key);
              }
            });
  }

  /** AMQP header values arrive as {@code LongString}s; their text is the context. */
  private enum HeaderGetter implements TextMapGetter<Map<String, Object>> {
    INSTANCE;

    @Override
    public Iterable<String> keys(Map<String, Object> headers) {
      return headers.keySet();
    }

    @Override
    public String get(Map<String, Object> headers, String key) {
      if (headers == null) {
        return null;
      }
      Object value = headers.get(key);
      return value == null ? null : value.toString();
    }
  }
}
