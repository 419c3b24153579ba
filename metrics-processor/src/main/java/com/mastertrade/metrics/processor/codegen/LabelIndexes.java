package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * The expressions that turn a metric's label arguments into its slot (enum ordinals, booleans and
 * open label indexes combined in row-major order, matching {@code LabelSpace}) and into the index
 * of its closed labels alone.
 */
final class LabelIndexes {
  private LabelIndexes() {}

  /**
   * @param parameters the recording method's parameter names, in label order
   */
  static CodeBlock slot(MetricModel metric, RecorderNames names, List<String> parameters) {
    return rowMajor(metric, names, parameters, true);
  }

  /**
   * The index of the closed labels' values alone, row-major in label order, matching {@code
   * ResolvedSeries.closed()}; {@code null} for a metric without closed labels.
   */
  static CodeBlock closed(MetricModel metric, RecorderNames names, List<String> parameters) {
    return rowMajor(metric, names, parameters, false);
  }

  private static CodeBlock rowMajor(
      MetricModel metric, RecorderNames names, List<String> parameters, boolean withOpen) {
    CodeBlock slot = null;
    for (int i = 0; i < metric.labels().size(); i++) {
      LabelModel label = metric.labels().get(i);
      if (label.kind() == LabelKind.OPEN && !withOpen) {
        continue;
      }
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
