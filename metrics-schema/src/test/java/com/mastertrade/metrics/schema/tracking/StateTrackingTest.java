package com.mastertrade.metrics.schema.tracking;

import static com.google.common.truth.Truth.assertThat;
import static com.mastertrade.metrics.schema.Exposition.value;

import com.mastertrade.metrics.schema.MasterTradeLabels.GoalType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Service;
import com.mastertrade.metrics.schema.MasterTradeLabels.SignalAction;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/** Lifecycle, goal and model helpers set the gauges the Python module's helpers set. */
class StateTrackingTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusMasterTradeMetrics metrics =
      PrometheusMasterTradeMetrics.register(registry);

  @Test
  void lifecycleMarksUpWithStartTimeAndInfoThenDown() {
    long before = System.currentTimeMillis() / 1000;
    try (ServiceLifecycle lifecycle =
        ServiceLifecycle.markUp(metrics.serviceHealth(), Service.ORDER_EXECUTOR, "0.1.0")) {
      assertThat(value(registry, "mastertrade_service_up")).isEqualTo(1);
      assertThat(value(registry, "mastertrade_service_start_time_seconds"))
          .isAtLeast((double) before);
      assertThat(
              value(
                  registry,
                  "mastertrade_service_info{service=\"order_executor\",version=\"0.1.0\"}"))
          .isEqualTo(1);
      lifecycle.refreshUptime();
      assertThat(value(registry, "mastertrade_service_uptime_seconds")).isAtLeast(0.0);
    }
    assertThat(value(registry, "mastertrade_service_up")).isEqualTo(0);
  }

  @Test
  void goalProgressIsCurrentOverTargetCappedToOne() {
    GoalTracking goals = new GoalTracking(metrics.goals());
    goals.update(GoalType.PROFIT, "monthly", 250, 1_000);
    String labels = "{goal=\"monthly\",type=\"profit\"}";
    assertThat(value(registry, "mastertrade_goal_progress_ratio" + labels)).isEqualTo(0.25);
    assertThat(value(registry, "mastertrade_goal_current_value" + labels)).isEqualTo(250);
    assertThat(value(registry, "mastertrade_goal_target_value" + labels)).isEqualTo(1_000);

    goals.update(GoalType.PROFIT, "monthly", 1_500, 1_000);
    goals.achieved(GoalType.PROFIT);
    assertThat(value(registry, "mastertrade_goal_progress_ratio" + labels)).isEqualTo(1);
    assertThat(value(registry, "mastertrade_goal_achievements_total{type=\"profit\"}"))
        .isEqualTo(1);
  }

  @Test
  void modelPredictionsAreTimedAndCountedByAction() {
    ModelTracking models = new ModelTracking(metrics.mlModels());
    assertThat(models.predict("logit", () -> SignalAction.SELL)).isEqualTo(SignalAction.SELL);
    models.updateQuality("logit", 0.6, 0.2);
    assertThat(models.train("logit", () -> "7")).isEqualTo("7");

    assertThat(
            value(
                registry,
                "mastertrade_model_predictions_total{model=\"logit\",prediction=\"sell\"}"))
        .isEqualTo(1);
    assertThat(
            value(registry, "mastertrade_model_prediction_duration_seconds_count{model=\"logit\"}"))
        .isEqualTo(1);
    assertThat(value(registry, "mastertrade_model_accuracy_ratio{model=\"logit\"}")).isEqualTo(0.6);
    assertThat(value(registry, "mastertrade_model_drift_score{model=\"logit\"}")).isEqualTo(0.2);
    assertThat(value(registry, "mastertrade_model_info{model=\"logit\",version=\"7\"}"))
        .isEqualTo(1);
  }
}
