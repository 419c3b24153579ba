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

  /**
   * {@code PrometheusMasterTradeMetrics}: the entry point that registers the whole schema; {@code
   * PrometheusOuter_Metrics} for a schema nested in {@code Outer}.
   */
  public static ClassName entryPoint(SchemaModel schema) {
    return ClassName.get(schema.packageName(), "Prometheus" + baseName(schema));
  }

  /**
   * {@code PrometheusMasterTradeMetricsSchema}: the schema as frameworks find it, through {@code
   * ServiceLoader}.
   */
  public static ClassName generatedSchema(SchemaModel schema) {
    return ClassName.get(schema.packageName(), "Prometheus" + baseName(schema) + "Schema");
  }

  /** {@code PrometheusMasterTradeMetricsHttp}: the recorders of one category. */
  public static ClassName recorderClass(SchemaModel schema, CategoryModel category) {
    return ClassName.get(
        schema.packageName(), "Prometheus" + baseName(schema) + category.simpleName());
  }

  /** The schema interface, nested in the types that enclose it, if any. */
  static ClassName schemaInterface(SchemaModel schema) {
    List<String> names = schema.nestedNames();
    return ClassName.get(
        schema.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
  }

  /** The category interface, nested in the schema interface. */
  static ClassName categoryInterface(SchemaModel schema, CategoryModel category) {
    return schemaInterface(schema).nestedClass(category.simpleName());
  }

  /** The schema's nested names joined by {@code _}, as Dagger names components of nested types. */
  private static String baseName(SchemaModel schema) {
    return String.join("_", schema.nestedNames());
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
}
