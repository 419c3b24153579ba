package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.runtime.CounterRecorder;

/**
 * A schema compiled before the tests run (the metrics processor is not on this module's processor
 * path), so that a test can name a schema that its own compilation does not compile.
 */
@MetricsSchema(namespace = "compiled")
public interface CompiledSchema {
  @Category(title = "Orders", description = "Orders.")
  interface Orders {
    @Metric(help = "Orders placed")
    CounterRecorder placed();
  }
}
