package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * The expression that turns a metric's label arguments into its slot: enum ordinals, booleans and
 * open label indexes combined in row-major order, matching {@code LabelSpace}.
 */
final class LabelIndexes {
  private LabelIndexes() {}

  /**
   * @param parameters the recording method's parameter names, in label order
   */
  static CodeBlock slot(MetricModel metric, RecorderNames names, List<String> parameters) {
    CodeBlock slot = null;
    for (int i = 0; i < metric.labels().size(); i++) {
      LabelModel label = metric.labels().get(i);
      String openLabelField =
          label.kind() == LabelKind.OPEN ? names.openLabelField(metric, i) : null;
      CodeBlock index = index(label, parameters.get(i), openLabelField);
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

  private static CodeBlock index(LabelModel label, String parameter, String openLabelField) {
    return switch (label.kind()) {
      case ENUM -> CodeBlock.of("$N.ordinal()", parameter);
      case BOOLEAN -> CodeBlock.of("($N ? 1 : 0)", parameter);
      case OPEN -> CodeBlock.of("$N.indexOf($N)", openLabelField, parameter);
      case UNSUPPORTED -> throw new IllegalStateException("unsupported label " + parameter);
    };
  }
}
