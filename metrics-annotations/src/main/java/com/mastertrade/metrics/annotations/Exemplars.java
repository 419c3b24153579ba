package com.mastertrade.metrics.annotations;

/**
 * Whether a metric's observations carry the trace and span id of the request they were recorded
 * in, as an exemplar: a sample on the latency panel then links to the trace of one slow request.
 * Only counters and histograms carry exemplars (OpenMetrics puts them on a counter's total and on
 * a histogram's buckets).
 */
public enum Exemplars {
  /**
   * On for a latency histogram (a histogram in {@code seconds}), off for every other metric: the
   * histograms that time requests are the ones a panel leads from to a trace.
   */
  DEFAULT,
  /** On: the metric is recorded inside traced work, such as a request or a consumed message. */
  ON,
  /**
   * Off: the metric is recorded outside a request (a periodic task, a pool's state), where no span
   * would be current and an exemplar would lead nowhere.
   */
  OFF
}
