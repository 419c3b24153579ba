package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The recording method of a metric with open labels. Callers mostly pass the same closed values and
 * the same {@code String} instances again and again, or two in turn (two threads, two collectors),
 * so the method first compares them with the keys of the last two series it resolved (reference and
 * {@code int} comparisons) and returns the matching recorder; only otherwise does it look the open
 * values up and read the slot. Both are series of the {@code OpenLabelRecorders}, one per slot, so
 * keeping them never allocates.
 */
final class OpenLabelLookup {
  private OpenLabelLookup() {}

  /** The fields holding the last two series resolved, read and written without synchronization. */
  static void addFields(TypeSpec.Builder type, MetricModel metric, RecorderNames names) {
    type.addField(
        FieldSpec.builder(seriesType(metric), names.lastField(metric), Modifier.PRIVATE)
            .addJavadoc(
                "The series {@link #$N} resolved last. Plain fields on purpose: a {@code"
                    + " ResolvedSeries} is immutable, so a thread sees it complete, and a stale or"
                    + " torn pair only costs the lookup.\n",
                metric.methodName())
            .build());
    type.addField(
        FieldSpec.builder(seriesType(metric), names.previousField(metric), Modifier.PRIVATE)
            .addJavadoc(
                "The series {@link #$N} resolved before the last one.\n", metric.methodName())
            .build());
  }

  static CodeBlock body(MetricModel metric, RecorderNames names, RecorderNames.MethodNames method) {
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock closed = LabelIndexes.closed(metric, names, method.parameters());
    if (closed != null) {
      body.addStatement("int $N = $L", method.closed(), closed);
    }
    TypeName series = seriesType(metric);
    String lastField = names.lastField(metric);
    String previousField = names.previousField(metric);
    for (String[] kept :
        new String[][] {{method.last(), lastField}, {method.previous(), previousField}}) {
      body.addStatement("$T $N = $N", series, kept[0], kept[1])
          .beginControlFlow("if ($L)", key(metric, method, kept[0], closed != null))
          .addStatement("return $N.recorder()", kept[0])
          .endControlFlow();
    }
    return body.addStatement(
            "$T $N = $N.series($L)",
            series,
            method.series(),
            names.field(metric),
            LabelIndexes.slot(metric, names, method.parameters()))
        // Equal but not identical strings miss and find a kept series again: no write then, so
        // the fields stay unchanged (and shared between cores) when nothing would change.
        .beginControlFlow(
            "if ($N.reusable() && $N != $N && $N != $N)",
            method.series(),
            method.series(),
            method.last(),
            method.series(),
            method.previous())
        .addStatement("$N = $N", previousField, method.last())
        .addStatement("$N = $N", lastField, method.series())
        .endControlFlow()
        .addStatement("return $N.recorder()", method.series())
        .build();
  }

  /** Whether the series in {@code local} was resolved for the method's arguments. */
  private static CodeBlock key(
      MetricModel metric, RecorderNames.MethodNames method, String local, boolean closed) {
    CodeBlock.Builder key = CodeBlock.builder().add("$N != null", local);
    if (closed) {
      key.add(" && $N.closed() == $N", local, method.closed());
    }
    int open = 0;
    for (int i = 0; i < metric.labels().size(); i++) {
      if (metric.labels().get(i).kind() == LabelKind.OPEN) {
        key.add(" && $N.open($L) == $N", local, open++, method.parameters().get(i));
      }
    }
    return key.build();
  }

  private static TypeName seriesType(MetricModel metric) {
    return ParameterizedTypeName.get(RuntimeTypes.RESOLVED_SERIES, JavaNames.recorderType(metric));
  }
}
