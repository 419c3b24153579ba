package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Arrays;
import java.util.List;

/** Names of generated types and of the Java types the model refers to. */
public final class JavaNames {
  private JavaNames() {}

  /** {@code PrometheusMasterTradeMetrics}: the entry point that registers the whole schema. */
  public static ClassName entryPoint(SchemaModel schema) {
    return ClassName.get(schema.packageName(), "Prometheus" + schema.simpleName());
  }

  /** {@code PrometheusMasterTradeMetricsHttp}: the recorders of one category. */
  public static ClassName recorderClass(SchemaModel schema, CategoryModel category) {
    return ClassName.get(
        schema.packageName(), "Prometheus" + schema.simpleName() + category.simpleName());
  }

  /** The category interface, nested in the schema interface. */
  static ClassName categoryInterface(SchemaModel schema, CategoryModel category) {
    return ClassName.get(schema.packageName(), schema.simpleName(), category.simpleName());
  }

  static ClassName recorderType(MetricModel metric) {
    return ClassName.bestGuess(metric.type().recorderQualifiedName());
  }

  static TypeName labelType(LabelModel label) {
    if (label.kind() == LabelKind.BOOLEAN) {
      return TypeName.BOOLEAN;
    }
    String packageName = label.javaPackage();
    String rest =
        packageName.isEmpty()
            ? label.javaType()
            : label.javaType().substring(packageName.length() + 1);
    List<String> simpleNames = Arrays.asList(rest.split("\\."));
    return ClassName.get(
        packageName,
        simpleNames.get(0),
        simpleNames.subList(1, simpleNames.size()).toArray(new String[0]));
  }

  /** {@code requestsRoute}: the field of an open label's values. */
  static String openLabelField(MetricModel metric, LabelModel label) {
    String parameter = label.parameterName();
    return metric.methodName()
        + Character.toUpperCase(parameter.charAt(0))
        + parameter.substring(1);
  }
}
