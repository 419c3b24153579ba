package com.example.broken;

import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.runtime.GaugeRecorder;

@MetricsSchema(namespace = "payments")
public interface PaymentMetrics {
  @Category(title = "Payments", description = "Payments taken.", prefix = "payments")
  interface Payments {
    @Metric(help = "When the last payment was taken", unit = "milliseconds")
    GaugeRecorder lastPayment();
  }
}
