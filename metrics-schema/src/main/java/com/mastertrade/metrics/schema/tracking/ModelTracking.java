package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.SignalAction;
import com.mastertrade.metrics.schema.MasterTradeMetrics.MlModels;

/**
 * A model's predictions, quality and training, as the Python metrics module's {@code
 * update_model_metrics} recorded them.
 */
public final class ModelTracking {
  private final MlModels metrics;

  public ModelTracking(MlModels metrics) {
    this.metrics = metrics;
  }

  /** Runs a prediction, timing it and counting it by the action it predicts. */
  public <E extends Exception> SignalAction predict(
      String model, TimedCall<SignalAction, E> prediction) throws E {
    SignalAction action = metrics.predictionDuration(model).time(prediction);
    metrics.predictions(model, action).inc();
    return action;
  }

  /** Records the model's measured accuracy (0..1) and drift score. */
  public void updateQuality(String model, double accuracy, double driftScore) {
    metrics.accuracy(model).set(accuracy);
    metrics.driftScore(model).set(driftScore);
  }

  /** Runs a training, timing it, and publishes the version it produced. */
  public <E extends Exception> String train(String model, TimedCall<String, E> training) throws E {
    String version = metrics.trainingDuration(model).time(training);
    metrics.info(model, version).set();
    return version;
  }
}
