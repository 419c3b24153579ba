package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.palantir.javapoet.CodeBlock;

/**
 * The expression that turns a metric's label arguments into its slot: enum ordinals, booleans and
 * open label indexes combined in row-major order, matching {@code LabelSpace}.
 */
final class LabelIndexes {
  private LabelIndexes() {}

  static CodeBlock slot(MetricModel metric) {
    CodeBlock slot = null;
    for (LabelModel label : metric.labels()) {
      CodeBlock index = index(metric, label);
      if (slot == null) {
        slot = index;
      } else {
        CodeBlock outer =
            slot.toString().endsWith(")") && !slot.toString().contains(" + ")
                ? slot
                : CodeBlock.of("($L)", slot);
        slot = CodeBlock.of("$L * $L + $L", outer, label.domainSize(), index);
      }
    }
    return slot;
  }

  private static CodeBlock index(MetricModel metric, LabelModel label) {
    String parameter = label.parameterName();
    return switch (label.kind()) {
      case ENUM -> CodeBlock.of("$N.ordinal()", parameter);
      case BOOLEAN -> CodeBlock.of("($N ? 1 : 0)", parameter);
      case OPEN ->
          CodeBlock.of("$N.indexOf($N)", JavaNames.openLabelField(metric, label), parameter);
      case UNSUPPORTED -> throw new IllegalStateException("unsupported label " + parameter);
    };
  }
}
