package com.mastertrade.metrics.spring;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Fails the start when a schema was registered on client_java's {@code defaultRegistry} while the
 * actuator serves another registry: every recording would go where no scrape reads it.
 */
final class DefaultRegistryUse implements ApplicationListener<ContextRefreshedEvent> {
  private final PrometheusRegistry served;
  private final Map<String, String> families;

  DefaultRegistryUse(PrometheusRegistry served, Map<String, String> families) {
    this.served = served;
    this.families = Map.copyOf(families);
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    if (event.getApplicationContext().getParent() != null
        || served == PrometheusRegistry.defaultRegistry) {
      return;
    }
    TreeSet<String> misplaced = new TreeSet<>();
    for (MetricSnapshot snapshot : PrometheusRegistry.defaultRegistry.scrape()) {
      String schema = families.get(snapshot.getMetadata().getPrometheusName());
      if (schema != null) {
        misplaced.add(schema);
      }
    }
    if (!misplaced.isEmpty()) {
      throw new IllegalStateException(
          "Schema recorders "
              + misplaced
              + " are registered on PrometheusRegistry.defaultRegistry, which"
              + " /actuator/prometheus does not serve: inject the PrometheusRegistry bean (or the"
              + " recorders bean the starter defines) instead");
    }
  }
}
