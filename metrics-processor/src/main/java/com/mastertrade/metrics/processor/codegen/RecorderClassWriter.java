package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.SnakeCase;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the recorder class of one category: it registers the category's metrics on a registry and
 * implements the category interface. Closed label sets are resolved into an array at registration,
 * so a recording is an array read and the data point's own operation.
 */
public final class RecorderClassWriter {
  private final SchemaModel schema;
  private final CategoryModel category;
  private final ClassName className;

  /** Shared closed label domains, by label Java type, in a stable order. */
  private final Map<String, String> domainConstants = new TreeMap<>();

  public RecorderClassWriter(SchemaModel schema, CategoryModel category) {
    this.schema = schema;
    this.category = category;
    this.className = JavaNames.recorderClass(schema, category);
  }

  public JavaFile write(Element originatingElement) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addOriginatingElement(originatingElement)
            .addAnnotation(RuntimeTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(JavaNames.categoryInterface(schema, category))
            .addJavadoc(
                "Prometheus recorders of the $L metrics ($L): $L\n",
                category.title(),
                category.simpleName(),
                category.description());
    for (MetricModel metric : category.metrics()) {
      type.addField(nameConstant(metric));
    }
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.REGISTRY, "registry");
    for (MetricModel metric : category.metrics()) {
      new MetricRegistration(schema, metric, this::domainConstant).addTo(type, constructor);
    }
    domainConstants.forEach((javaType, constant) -> type.addField(domainField(javaType, constant)));
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder("register")
            .addJavadoc("Registers the $L metrics on {@code registry}.\n", category.title())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(className)
            .addParameter(RuntimeTypes.REGISTRY, "registry")
            .addStatement("return new $T(registry)", className)
            .build());
    for (MetricModel metric : category.metrics()) {
      type.addMethod(recordingMethod(metric));
    }
    return JavaFile.builder(schema.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private FieldSpec nameConstant(MetricModel metric) {
    return FieldSpec.builder(
            String.class,
            SnakeCase.upper(metric.methodName()),
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The exposed name of {@link #$N}.\n", metric.methodName())
        .initializer("$S", metric.exposedName())
        .build();
  }

  /** The constant holding the values of a closed label type, declared once per type. */
  private String domainConstant(LabelModel label) {
    String key = label.kind() == LabelKind.BOOLEAN ? "boolean" : label.javaType();
    return domainConstants.computeIfAbsent(key, k -> uniqueConstantName(label));
  }

  private String uniqueConstantName(LabelModel label) {
    String simpleName =
        label.kind() == LabelKind.BOOLEAN
            ? "Boolean"
            : label.javaType().substring(label.javaType().lastIndexOf('.') + 1);
    String base = SnakeCase.upper(simpleName) + "_VALUES";
    String name = base;
    for (int i = 2; domainConstants.containsValue(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  private FieldSpec domainField(String javaType, String constant) {
    LabelModel label =
        category.metrics().stream()
            .flatMap(metric -> metric.labels().stream())
            .filter(
                l -> (l.kind() == LabelKind.BOOLEAN ? "boolean" : l.javaType()).equals(javaType))
            .findFirst()
            .orElseThrow();
    CodeBlock values =
        label.values().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return FieldSpec.builder(
            RuntimeTypes.LABEL_DOMAIN, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", RuntimeTypes.LABEL_DOMAIN, values)
        .build();
  }

  private MethodSpec recordingMethod(MetricModel metric) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(metric.methodName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(JavaNames.recorderType(metric));
    for (LabelModel label : metric.labels()) {
      method.addParameter(JavaNames.labelType(label), label.parameterName());
    }
    switch (MetricRegistration.storage(metric)) {
      case SINGLE -> method.addStatement("return $N", metric.methodName());
      case ARRAY ->
          method.addStatement("return $N[$L]", metric.methodName(), LabelIndexes.slot(metric));
      case LAZY ->
          method.addStatement("return $N.get($L)", metric.methodName(), LabelIndexes.slot(metric));
    }
    return method.build();
  }

  /** The field type of a metric's recorders, for a storage. */
  static TypeName fieldType(MetricModel metric) {
    ClassName recorder = JavaNames.recorderType(metric);
    return switch (MetricRegistration.storage(metric)) {
      case SINGLE -> recorder;
      case ARRAY -> ArrayTypeName.of(recorder);
      case LAZY -> ParameterizedTypeName.get(RuntimeTypes.LAZY_RECORDERS, recorder);
    };
  }
}
