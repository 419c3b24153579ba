package com.mastertrade.metrics.runtime;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.function.Function;

/**
 * A compiled schema, as a framework finds it: the processor generates one implementation per
 * schema and lists it in {@code META-INF/services/com.mastertrade.metrics.runtime.GeneratedSchema},
 * so {@link java.util.ServiceLoader} finds every schema on the class path without scanning it.
 *
 * @param <R> the schema's entry point, {@code Prometheus<Schema>}
 */
public interface GeneratedSchema<R> {
  /** The schema's namespace, the prefix of its metric names. */
  String namespace();

  /** The entry point type, {@code Prometheus<Schema>}. */
  Class<R> recordersType();

  /** Registers every metric of the schema on {@code registry}. */
  R register(PrometheusRegistry registry);

  /** The schema's categories, in declaration order. */
  List<Category<R, ?>> categories();

  /**
   * One category: its interface and how the entry point hands out its recorders.
   *
   * @param type the category interface, nested in the schema interface
   * @param recorders the entry point's accessor of the category
   */
  record Category<R, C>(Class<C> type, Function<R, C> recorders) {}
}
