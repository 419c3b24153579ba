package com.example.nested;

import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.runtime.CounterRecorder;

/** A schema nested in a class, with a label enum of the class. */
public final class NestedSchemaHolder {
  private NestedSchemaHolder() {}

  public enum Side {
    BUY,
    SELL
  }

  @MetricsSchema(namespace = "nested")
  public interface Metrics {
    @Category(title = "Orders", description = "Orders placed.")
    interface Orders {
      @Metric(help = "Orders placed")
      CounterRecorder placed(Side side);
    }
  }
}
