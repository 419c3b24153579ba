package com.mastertrade.metrics.evolution.live;

import java.util.Map;

/**
 * The exemplar an OpenMetrics sample carries: {@code # {trace_id="...",span_id="..."} value}.
 *
 * @param labels its labels in exposition order
 */
public record Exemplar(Map<String, String> labels, double value) {
  /** OpenMetrics' limit on an exemplar's label names and values together, in code points. */
  static final int MAX_LABEL_CODE_POINTS = 128;

  /** The code points of its label names and values together, as OpenMetrics counts them. */
  int labelCodePoints() {
    int length = 0;
    for (Map.Entry<String, String> label : labels.entrySet()) {
      length += label.getKey().codePointCount(0, label.getKey().length());
      length += label.getValue().codePointCount(0, label.getValue().length());
    }
    return length;
  }
}
