package com.example.stale;

import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.runtime.GaugeRecorder;

/** A schema whose committed dashboard is older than the schema. */
@MetricsSchema(namespace = "queue")
public interface QueueMetrics {
  @Category(title = "Queue", description = "The work queue.", prefix = "queue")
  interface Queue {
    @Metric(help = "Jobs waiting")
    GaugeRecorder waiting();
  }

  @Dashboard(
      uid = "queue",
      title = "Queue",
      panels = @Panel(title = "Jobs waiting", expr = "sum({Queue.waiting})"))
  interface QueueDashboard {}
}
