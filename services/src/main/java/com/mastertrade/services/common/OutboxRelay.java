package com.mastertrade.services.common;

import java.time.Duration;
import java.util.List;

/**
 * Publishes the {@link Outbox} of a service: every run takes the oldest pending events, publishes
 * them with publisher confirms, and marks them published only after RabbitMQ confirmed them all. A
 * run that fails leaves the events pending for the next run, so an event may be published twice (a
 * confirm arrived but marking failed), never lost; consumers apply a message id once.
 */
public final class OutboxRelay implements Runnable {
  private static final int BATCH = 200;

  /** Published events are kept this long, to look into, then deleted. */
  private static final Duration KEEP_PUBLISHED = Duration.ofHours(1);

  /** After a failed publish the relay waits, doubling up to this, so an outage is not a flood. */
  private static final long MAX_BACKOFF_NANOS = 1_000_000_000L;

  private static final long FIRST_BACKOFF_NANOS = 100_000_000L;

  private final Outbox outbox;
  private final Bus bus;
  private final Object lock = new Object();
  private long backoffNanos;
  private long nextAttemptNanos = System.nanoTime();

  private OutboxRelay(Outbox outbox, Bus bus) {
    this.outbox = outbox;
    this.bus = bus;
  }

  /** Starts relaying {@code outbox} through {@code bus} every {@code period}. */
  public static OutboxRelay start(ServiceHost host, Outbox outbox, Bus bus, Duration period) {
    OutboxRelay relay = new OutboxRelay(outbox, bus);
    host.every(period, relay);
    host.every(Duration.ofSeconds(1), () -> bus.reportOutboxPending(outbox.pendingCount()));
    host.every(Duration.ofMinutes(1), () -> outbox.prunePublished(KEEP_PUBLISHED));
    return relay;
  }

  /** Publishes what is pending now, batch after batch, until nothing is or a publish fails. */
  @Override
  public void run() {
    synchronized (lock) {
      if (System.nanoTime() - nextAttemptNanos < 0) {
        return;
      }
      while (true) {
        List<Outbox.Message> pending = outbox.pending(BATCH);
        if (pending.isEmpty()) {
          return;
        }
        if (!bus.publishConfirmed(pending)) {
          // Counted and logged by the bus; the events stay pending for a later run.
          backoffNanos =
              Math.min(MAX_BACKOFF_NANOS, Math.max(FIRST_BACKOFF_NANOS, backoffNanos * 2));
          nextAttemptNanos = System.nanoTime() + backoffNanos;
          return;
        }
        backoffNanos = 0;
        outbox.markPublished(pending.stream().map(Outbox.Message::id).toList());
        if (pending.size() < BATCH) {
          return;
        }
      }
    }
  }
}
