package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.runtime.TraceExemplars;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dependency manager may leave out client_java's tracer modules (Micrometer's Prometheus registry
 * excludes them): recording into a metric declared with exemplars must still work, without them.
 * The recorders run in a class loader of this test's class path without those jars.
 */
class WithoutTracerModulesTest {
  @Test
  void recordingWorksAndCarriesNoExemplarWhenTheTracerModulesAreMissing() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!new File(entry).getName().startsWith("prometheus-metrics-tracer")) {
        urls.add(toUrl(entry));
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> scenario = loader.loadClass(Scenario.class.getName());
      assertThat(scenario.getClassLoader()).isSameInstanceAs(loader);
      String scrape = (String) scenario.getMethod("run").invoke(null);

      assertThat(scrape)
          .contains(
              "mastertrade_http_request_duration_seconds_count{method=\"GET\",route=\"/api/orders\"}"
                  + " 3\n");
      assertThat(scrape).doesNotContain(" # {");
    }
  }

  private static URL toUrl(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }

  /** Runs inside the loader without the tracer modules. */
  public static final class Scenario {
    private Scenario() {}

    public static String run() {
      if (TraceExemplars.available()) {
        throw new AssertionError("the tracer modules are still visible");
      }
      PrometheusRegistry registry = new PrometheusRegistry();
      PrometheusMasterTradeMetrics metrics = PrometheusMasterTradeMetrics.register(registry);
      for (int i = 0; i < 3; i++) {
        metrics.http().requestDuration(HttpMethod.GET, "/api/orders").observe(0.01);
      }
      return Exposition.scrapeOpenMetrics(registry);
    }
  }
}
