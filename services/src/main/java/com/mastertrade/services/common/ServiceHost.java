package com.mastertrade.services.common;

import com.mastertrade.metrics.http.javalin.JavalinHttpMetrics;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsServiceHealth;
import com.mastertrade.metrics.schema.tracking.ServiceLifecycle;
import com.mastertrade.services.access.InternalCredential;
import com.mastertrade.services.access.LoopbackOnlyFilter;
import com.mastertrade.services.http.DotSegmentFilter;
import com.mastertrade.services.http.MetricsEndpoint;
import com.mastertrade.services.http.UnavailableServerAnswers;
import com.mastertrade.services.tracing.HttpServerTracing;
import com.mastertrade.services.tracing.Tracing;
import com.mastertrade.services.tracing.TracingSettings;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every service process shares: its registry with the HTTP and service health metrics, its
 * settings, a scheduler for periodic work, the HTTP server with {@code /metrics}, and an orderly
 * shutdown that closes what the service opened in reverse order.
 *
 * <p>Each service registers only the metric categories it feeds, so its {@code /metrics} holds no
 * series that nothing records.
 */
public final class ServiceHost implements AutoCloseable {
  /** The version every service reports in {@code service_info}. */
  public static final String VERSION = "0.1.0";

  private static final Logger LOG = LoggerFactory.getLogger(ServiceHost.class);

  private final ServiceName name;
  private final Settings settings;
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final MasterTradeMetrics.ServiceHealth health;
  private final MasterTradeMetrics.Http http;
  private final ScheduledExecutorService scheduler;
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final Tracing tracing;
  private ServiceLifecycle lifecycle;

  private ServiceHost(ServiceName name, Settings settings) {
    this.name = name;
    this.settings = settings;
    this.health = PrometheusMasterTradeMetricsServiceHealth.register(registry);
    this.http = PrometheusMasterTradeMetricsHttp.register(registry);
    // Closed last, after everything that may still end spans: it sends the spans still queued.
    this.tracing = closeOnStop(Tracing.open(name, TracingSettings.from(settings.environment()), health));
    this.scheduler =
        Executors.newScheduledThreadPool(
            2,
            runnable -> {
              Thread thread = new Thread(runnable, name.id() + "-scheduler");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** What a service does at start: open its connections, subscribe, schedule, serve HTTP. */
  @FunctionalInterface
  public interface Service {
    void start(ServiceHost host) throws Exception;
  }

  /**
   * Starts {@code service} and keeps the process running until it is terminated. A server that
   * cannot be reached ends the process at once with exit code 2 and a message naming the server.
   */
  public static void run(ServiceName name, Service service) {
    ServiceHost host = new ServiceHost(name, Settings.fromEnvironment());
    try {
      service.start(host);
    } catch (UnreachableServerException e) {
      System.err.println(name.id() + ": cannot start: " + e.getMessage());
      host.close();
      System.exit(2);
    } catch (Exception e) {
      LOG.error("{} failed to start", name.id(), e);
      host.close();
      System.exit(1);
    }
    host.lifecycle =
        ServiceLifecycle.markUp(
            host.health, name.label(), VERSION);
    Runtime.getRuntime().addShutdownHook(new Thread(host::close, name.id() + "-shutdown"));
    LOG.info("{} started on port {}", name.id(), host.settings.port(name));
  }

  /**
   * Starts {@code service} in this process with {@code settings} and returns its host; closing it
   * stops the service. For in-process tests, on ports and a database of the test's choosing.
   */
  public static ServiceHost startInProcess(ServiceName name, Settings settings, Service service)
      throws Exception {
    ServiceHost host = new ServiceHost(name, settings);
    try {
      service.start(host);
    } catch (Exception | Error e) {
      host.close();
      throw e;
    }
    return host;
  }

  public ServiceName name() {
    return name;
  }

  public Settings settings() {
    return settings;
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  /** The HTTP metrics of this service, also counting the requests access control refused. */
  public MasterTradeMetrics.Http http() {
    return http;
  }

  /** The traces of this service; untraced (no-op) when no trace backend is configured. */
  public Tracing tracing() {
    return tracing;
  }

  /** Closes {@code resource} when the service stops, after everything opened later. */
  public <T extends AutoCloseable> T closeOnStop(T resource) {
    synchronized (resources) {
      resources.push(resource);
    }
    return resource;
  }

  /**
   * Runs {@code task} every {@code period}; a failing run is logged and the next one still runs.
   */
  public void every(Duration period, Runnable task) {
    scheduler.scheduleAtFixedRate(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.warn("{}: periodic task failed: {}", name.id(), e.toString());
          }
        },
        period.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Serves the routes {@code configure} declares, plus {@code /metrics}, on the service's port, as
   * an internal service: every route answers only callers on loopback that carry the internal
   * credential ({@link InternalCredential}); {@code /metrics} answers loopback.
   */
  public Javalin serveHttp(Consumer<JavalinConfig> configure) {
    InternalCredential credential =
        new InternalCredential(settings.requireInternalCredential(), http);
    return serve(
        config -> {
          credential.install(config);
          configure.accept(config);
        });
  }

  /**
   * Serves the public routes of the API gateway, which checks its clients itself; {@code /metrics}
   * answers loopback only, as on every service.
   */
  public Javalin servePublicHttp(Consumer<JavalinConfig> configure) {
    return serve(configure);
  }

  private Javalin serve(Consumer<JavalinConfig> configure) {
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              // The instrumentation reads the bytes Jetty wrote; compression would make them
              // differ from the body size, and these small JSON payloads gain nothing from it.
              config.http.compressionStrategy = CompressionStrategy.NONE;
              config.jsonMapper(new JavalinJackson(Json.httpMapper(), false));
              HttpServerTracing.install(config, tracing);
              JavalinHttpMetrics.install(config, new HttpServerInstrumentation(http));
              DotSegmentFilter.install(config);
              MetricsEndpoint.install(config, registry, new LoopbackOnlyFilter(http));
              UnavailableServerAnswers.install(config);
              configure.accept(config);
            });
    app.start(settings.httpHost(), settings.port(name));
    closeOnStop(app::stop);
    return app;
  }

  @Override
  public void close() {
    if (lifecycle != null) {
      lifecycle.close();
    }
    scheduler.shutdownNow();
    while (true) {
      AutoCloseable resource;
      synchronized (resources) {
        resource = resources.poll();
      }
      if (resource == null) {
        break;
      }
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("{}: closing {} failed: {}", name.id(), resource, e.toString());
      }
    }
  }
}
