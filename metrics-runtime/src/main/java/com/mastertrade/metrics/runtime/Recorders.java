package com.mastertrade.metrics.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Info;

/**
 * Binds recorders to client_java data points. Each recorder is a final class holding one data
 * point, so after inlining a recording is the data point's own operation.
 */
public final class Recorders {
  private Recorders() {}

  public static CounterRecorder counter(CounterDataPoint dataPoint) {
    return new Counter(dataPoint);
  }

  public static GaugeRecorder gauge(GaugeDataPoint dataPoint) {
    return new Gauge(dataPoint);
  }

  public static HistogramRecorder histogram(DistributionDataPoint dataPoint) {
    return new Distribution(dataPoint);
  }

  public static SummaryRecorder summary(DistributionDataPoint dataPoint) {
    return new Distribution(dataPoint);
  }

  public static InfoRecorder info(Info info, String... labelValues) {
    return new InfoSeries(info, labelValues.clone());
  }

  private static final class Counter implements CounterRecorder {
    private final CounterDataPoint dataPoint;

    Counter(CounterDataPoint dataPoint) {
      this.dataPoint = dataPoint;
    }

    @Override
    public void inc() {
      dataPoint.inc();
    }

    @Override
    public void inc(double amount) {
      dataPoint.inc(amount);
    }
  }

  private static final class Gauge implements GaugeRecorder {
    private final GaugeDataPoint dataPoint;

    Gauge(GaugeDataPoint dataPoint) {
      this.dataPoint = dataPoint;
    }

    @Override
    public void set(double value) {
      dataPoint.set(value);
    }

    @Override
    public void inc() {
      dataPoint.inc();
    }

    @Override
    public void inc(double amount) {
      dataPoint.inc(amount);
    }

    @Override
    public void dec() {
      dataPoint.dec();
    }

    @Override
    public void dec(double amount) {
      dataPoint.dec(amount);
    }

    @Override
    public void setToCurrentTime() {
      dataPoint.set(System.currentTimeMillis() / 1000.0);
    }
  }

  /** Histograms and summaries record alike: one observation into a distribution. */
  private static final class Distribution implements HistogramRecorder, SummaryRecorder {
    private final DistributionDataPoint dataPoint;

    Distribution(DistributionDataPoint dataPoint) {
      this.dataPoint = dataPoint;
    }

    @Override
    public void observe(double value) {
      dataPoint.observe(value);
    }
  }

  private static final class InfoSeries implements InfoRecorder {
    private final Info info;
    private final String[] labelValues;

    InfoSeries(Info info, String[] labelValues) {
      this.info = info;
      this.labelValues = labelValues;
    }

    @Override
    public void set() {
      info.setLabelValues(labelValues);
    }

    @Override
    public void remove() {
      info.remove(labelValues);
    }
  }
}
