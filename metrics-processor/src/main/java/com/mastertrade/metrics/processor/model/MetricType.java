package com.mastertrade.metrics.processor.model;

/** The metric types a schema can declare, each named by the recorder type a method returns. */
public enum MetricType {
  COUNTER("CounterRecorder", "counter"),
  GAUGE("GaugeRecorder", "gauge"),
  HISTOGRAM("HistogramRecorder", "histogram"),
  SUMMARY("SummaryRecorder", "summary"),
  INFO("InfoRecorder", "info");

  /** The package of the runtime: the recorder types and everything generated code calls. */
  public static final String RECORDER_PACKAGE = "com.mastertrade.metrics.runtime";

  private final String recorderSimpleName;
  private final String prometheusName;

  MetricType(String recorderSimpleName, String prometheusName) {
    this.recorderSimpleName = recorderSimpleName;
    this.prometheusName = prometheusName;
  }

  public String recorderSimpleName() {
    return recorderSimpleName;
  }

  public String recorderQualifiedName() {
    return RECORDER_PACKAGE + "." + recorderSimpleName;
  }

  /** The type as Prometheus' {@code # TYPE} line writes it. */
  public String prometheusName() {
    return prometheusName;
  }

  /** Whether a series of this type must not exist before it is recorded (see LazyRecorders). */
  public boolean resolvedOnFirstUse() {
    return this == GAUGE || this == INFO;
  }

  public static MetricType forRecorder(String qualifiedName) {
    for (MetricType type : values()) {
      if (type.recorderQualifiedName().equals(qualifiedName)) {
        return type;
      }
    }
    return null;
  }
}
