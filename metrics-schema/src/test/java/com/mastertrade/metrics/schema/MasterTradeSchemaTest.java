package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.util.Map.entry;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema keeps what the Python metrics module offered: its 11 categories, each with at least as
 * many metrics.
 */
class MasterTradeSchemaTest {
  /** The Python module's inventory: metrics per category. */
  private static final Map<Class<?>, Integer> PYTHON_MODULE_COUNTS =
      Map.ofEntries(
          entry(MasterTradeMetrics.Http.class, 4),
          entry(MasterTradeMetrics.ServiceHealth.class, 3),
          entry(MasterTradeMetrics.Database.class, 3),
          entry(MasterTradeMetrics.RabbitMq.class, 3),
          entry(MasterTradeMetrics.RedisCache.class, 3),
          entry(MasterTradeMetrics.DataCollection.class, 5),
          entry(MasterTradeMetrics.Trading.class, 9),
          entry(MasterTradeMetrics.Goals.class, 4),
          entry(MasterTradeMetrics.Risk.class, 3),
          entry(MasterTradeMetrics.MlModels.class, 5),
          entry(MasterTradeMetrics.Alerts.class, 4));

  @Test
  void hasTheSeedsElevenCategories() {
    long categories =
        Arrays.stream(MasterTradeMetrics.class.getDeclaredClasses())
            .filter(Class::isInterface)
            // Dashboards, alerts and queries are declared on empty interfaces; categories have
            // metrics.
            .filter(nested -> nested.getDeclaredMethods().length > 0)
            .count();
    assertThat(categories).isEqualTo(11);
    assertThat(PYTHON_MODULE_COUNTS).hasSize(11);
  }

  @Test
  void everyCategoryHasAtLeastTheSeedsMetricCount() {
    PYTHON_MODULE_COUNTS.forEach(
        (category, seedCount) ->
            assertWithMessage(category.getSimpleName())
                .that(metricCount(category))
                .isAtLeast(seedCount));
    int total =
        PYTHON_MODULE_COUNTS.keySet().stream().mapToInt(MasterTradeSchemaTest::metricCount).sum();
    assertThat(total).isAtLeast(50);
  }

  private static int metricCount(Class<?> category) {
    return (int)
        Arrays.stream(category.getDeclaredMethods())
            .filter(method -> Modifier.isAbstract(method.getModifiers()))
            .map(Method::getName)
            .count();
  }
}
