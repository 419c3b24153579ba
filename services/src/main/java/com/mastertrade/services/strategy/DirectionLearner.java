package com.mastertrade.services.strategy;

import com.mastertrade.metrics.schema.MasterTradeLabels.SignalAction;
import com.mastertrade.metrics.schema.tracking.ModelTracking;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy's model at work: for each tick it scores the prediction made on the previous tick of
 * the symbol (accuracy), keeps the labelled example for training, and predicts the direction of the
 * next return. Retraining replaces the model's weights and the drift reference. All methods are
 * synchronized: ticks arrive on the consumer thread, retraining runs on the scheduler.
 */
final class DirectionLearner {
  static final String MODEL = "price_direction";
  static final String VERSION = "logreg-1";
  private static final int FEATURES = 5;
  private static final int TRAINING_WINDOW = 2_000;
  private static final int MIN_TRAINING = 100;
  private static final double BUY_ABOVE = 0.52;
  private static final double SELL_BELOW = 0.48;

  private final LogisticModel model = new LogisticModel(FEATURES);
  private final Map<String, ReturnFeatures> features = new HashMap<>();
  private final Map<String, double[]> pendingFeatures = new HashMap<>();
  private final Map<String, Double> pendingProbability = new HashMap<>();
  private final Deque<LogisticModel.Sample> examples = new ArrayDeque<>();
  private final RollingAccuracy accuracy = new RollingAccuracy(500);
  private final FeatureDrift drift = new FeatureDrift(300);
  private final ModelTracking tracking;
  private boolean trained;

  DirectionLearner(ModelTracking tracking) {
    this.tracking = tracking;
  }

  /** A prediction and the action it leads to. */
  record Prediction(double probabilityUp, SignalAction action) {}

  /** Learns from {@code price} and predicts the next move, or returns null while warming up. */
  synchronized Prediction onPrice(String symbol, double price) {
    ReturnFeatures symbolFeatures =
        features.computeIfAbsent(symbol, s -> new ReturnFeatures(FEATURES));
    double lastReturn = symbolFeatures.add(price);
    if (Double.isNaN(lastReturn)) {
      return null;
    }
    double[] previous = pendingFeatures.remove(symbol);
    Double previousProbability = pendingProbability.remove(symbol);
    if (previous != null) {
      boolean up = lastReturn > 0;
      examples.addLast(new LogisticModel.Sample(previous, up));
      if (examples.size() > TRAINING_WINDOW) {
        examples.removeFirst();
      }
      if (previousProbability != null) {
        accuracy.add((previousProbability > 0.5) == up);
      }
    }
    drift.add(lastReturn);
    if (!symbolFeatures.ready()) {
      return null;
    }
    double[] current = symbolFeatures.snapshot();
    pendingFeatures.put(symbol, current);
    if (!trained) {
      return null;
    }
    double[] probability = new double[1];
    SignalAction action =
        tracking.predict(
            MODEL,
            () -> {
              probability[0] = model.predict(current);
              return probability[0] > BUY_ABOVE
                  ? SignalAction.BUY
                  : probability[0] < SELL_BELOW ? SignalAction.SELL : SignalAction.HOLD;
            });
    pendingProbability.put(symbol, probability[0]);
    return new Prediction(probability[0], action);
  }

  /** Retrains on the recent examples, if there are enough; returns whether it did. */
  synchronized boolean retrain() {
    if (examples.size() < MIN_TRAINING) {
      return false;
    }
    List<LogisticModel.Sample> training = new ArrayList<>(examples);
    tracking.train(
        MODEL,
        () -> {
          model.train(training, 200, 0.5);
          return VERSION;
        });
    drift.setReference(training);
    trained = true;
    return true;
  }

  /** Publishes accuracy and drift as measured now; returns the drift score (NaN if unknown). */
  synchronized double report() {
    double value = accuracy.value();
    double score = drift.score();
    // Both are unknown for the first seconds; a gauge that was never set is better than a guess.
    if (!Double.isNaN(value) && !Double.isNaN(score)) {
      tracking.updateQuality(MODEL, value, score);
    }
    return score;
  }

  synchronized Map<String, Object> describe() {
    return Map.of(
        "model",
        MODEL,
        "version",
        VERSION,
        "trained",
        trained,
        "examples",
        examples.size(),
        "accuracy",
        accuracy.value(),
        "drift",
        drift.score());
  }
}
