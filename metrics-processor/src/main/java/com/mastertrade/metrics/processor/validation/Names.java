package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.Locale;

/** Naming helpers shared by the validators' messages. */
final class Names {
  private Names() {}

  /** A valid snake-case name close to {@code name}, to suggest in a message. */
  static String sanitize(String name) {
    String snake = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    snake = snake.replaceAll("^_+", "");
    if (snake.isEmpty() || Character.isDigit(snake.charAt(0))) {
      snake = "m_" + snake;
    }
    return snake;
  }

  /** The name as the user writes it in {@code @Metric(name = ...)}: without the namespace. */
  static String local(SchemaModel schema, MetricModel metric) {
    return metric.name().substring(schema.namespace().length() + 1);
  }

  /** {@code text} with line breaks and control characters written as Java escapes, for messages. */
  static String visible(String text) {
    StringBuilder visible = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> visible.append("\\n");
        case '\r' -> visible.append("\\r");
        case '\t' -> visible.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
            visible.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            visible.append(c);
          }
        }
      }
    }
    return visible.toString();
  }

  /** How a metric is named in messages: {@code Category.method}. */
  static String describe(MetricModel metric) {
    return metric.origin().element().getEnclosingElement().getSimpleName()
        + "."
        + metric.methodName()
        + "()";
  }
}
