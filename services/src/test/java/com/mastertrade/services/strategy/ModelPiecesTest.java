package com.mastertrade.services.strategy;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelPiecesTest {
  @Test
  void theModelLearnsASeparableRule() {
    Random random = new Random(1);
    List<LogisticModel.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      double[] features = {random.nextGaussian(), random.nextGaussian()};
      samples.add(new LogisticModel.Sample(features, features[0] > 0));
    }
    LogisticModel model = new LogisticModel(2);

    model.train(samples, 300, 0.5);

    assertThat(model.predict(new double[] {2, 0})).isGreaterThan(0.9);
    assertThat(model.predict(new double[] {-2, 0})).isLessThan(0.1);
  }

  @Test
  void accuracyIsTheShareOfCorrectPredictionsInTheWindow() {
    RollingAccuracy accuracy = new RollingAccuracy(4);
    assertThat(accuracy.value()).isNaN();
    accuracy.add(true);
    accuracy.add(false);
    assertThat(accuracy.value()).isEqualTo(0.5);
    accuracy.add(true);
    accuracy.add(true);
    accuracy.add(true); // pushes out the first true
    assertThat(accuracy.value()).isEqualTo(0.75);
  }

  @Test
  void driftIsSmallForTheTrainingDistributionAndLargeForAShiftedOne() {
    Random random = new Random(2);
    List<LogisticModel.Sample> training = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      training.add(new LogisticModel.Sample(new double[] {random.nextGaussian()}, true));
    }
    FeatureDrift same = new FeatureDrift(1_000);
    FeatureDrift shifted = new FeatureDrift(1_000);
    same.setReference(training);
    shifted.setReference(training);
    assertThat(same.score()).isNaN();
    for (int i = 0; i < 1_000; i++) {
      same.add(random.nextGaussian());
      shifted.add(random.nextGaussian() + 1);
    }

    assertThat(same.score()).isLessThan(0.05);
    assertThat(shifted.score()).isGreaterThan(0.25);
  }

  @Test
  void featuresAreTheLastReturnsNewestFirst() {
    ReturnFeatures features = new ReturnFeatures(2);
    assertThat(features.add(100)).isNaN();
    features.add(101);
    assertThat(features.ready()).isFalse();
    features.add(100);
    assertThat(features.ready()).isTrue();
    double[] snapshot = features.snapshot();
    assertThat(snapshot[0]).isWithin(1e-9).of(100 * Math.log(100 / 101.0));
    assertThat(snapshot[1]).isWithin(1e-9).of(100 * Math.log(101 / 100.0));
  }
}
