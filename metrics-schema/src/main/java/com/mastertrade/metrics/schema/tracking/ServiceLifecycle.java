package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.schema.MasterTradeLabels.Service;
import com.mastertrade.metrics.schema.MasterTradeMetrics.ServiceHealth;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A service's up, start time, uptime and info metrics, from start to shutdown, as the Python
 * metrics module's {@code mark_service_up} and {@code mark_service_down} set them. Uptime is
 * refreshed every second on a daemon thread; dashboards may equally compute it as {@code time() -
 * service_start_time_seconds}.
 */
public final class ServiceLifecycle implements AutoCloseable {
  private final ServiceHealth health;
  private final long startMillis;
  private final ScheduledExecutorService uptimeRefresher;

  private ServiceLifecycle(ServiceHealth health, Service service, String version) {
    this.health = health;
    this.startMillis = System.currentTimeMillis();
    health.startTime().set(startMillis / 1000.0);
    health.info(service, version).set();
    health.up().set(1);
    refreshUptime();
    this.uptimeRefresher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread =
                  new Thread(runnable, "uptime-" + service.name().toLowerCase(Locale.ROOT));
              thread.setDaemon(true);
              return thread;
            });
    uptimeRefresher.scheduleAtFixedRate(this::refreshUptime, 1, 1, TimeUnit.SECONDS);
  }

  /** Marks {@code service} up, now. */
  public static ServiceLifecycle markUp(ServiceHealth health, Service service, String version) {
    return new ServiceLifecycle(health, service, version);
  }

  void refreshUptime() {
    health.uptime().set((System.currentTimeMillis() - startMillis) / 1000.0);
  }

  /** Marks the service down: it is shutting down and no longer serving. */
  public void markDown() {
    health.up().set(0);
  }

  @Override
  public void close() {
    markDown();
    uptimeRefresher.shutdownNow();
  }
}
