package com.mastertrade.metrics.spring;

import com.mastertrade.metrics.runtime.GeneratedSchema;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The schemas compiled into the application, as the processor lists them for {@link
 * ServiceLoader}: no class path scanning. Sorted by namespace, so beans and messages come in the
 * same order on every start.
 */
final class GeneratedSchemas {
  private GeneratedSchemas() {}

  static List<GeneratedSchema<?>> load(ClassLoader classLoader) {
    List<GeneratedSchema<?>> schemas = new ArrayList<>();
    for (GeneratedSchema<?> schema : ServiceLoader.load(GeneratedSchema.class, classLoader)) {
      schemas.add(schema);
    }
    schemas.sort(Comparator.comparing(GeneratedSchema::namespace));
    return schemas;
  }

  /**
   * The family names each schema exposes (client_java's names: a counter without {@code _total}),
   * each with the schema's recorders type, found by registering the schema on a registry of its
   * own.
   */
  static Map<String, String> families(List<GeneratedSchema<?>> schemas) {
    Map<String, String> families = new TreeMap<>();
    for (GeneratedSchema<?> schema : schemas) {
      PrometheusRegistry own = new PrometheusRegistry();
      schema.register(own);
      for (MetricSnapshot snapshot : own.scrape()) {
        families.put(
            snapshot.getMetadata().getPrometheusName(), schema.recordersType().getName());
      }
    }
    return families;
  }
}
