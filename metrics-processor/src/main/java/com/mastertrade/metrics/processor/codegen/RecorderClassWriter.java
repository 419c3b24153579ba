package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
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

  private final RecorderNames names;

  public RecorderClassWriter(SchemaModel schema, CategoryModel category) {
    this.schema = schema;
    this.category = category;
    this.className = JavaNames.recorderClass(schema, category);
    this.names = new RecorderNames(category);
  }

  public JavaFile write(Element originatingElement) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addOriginatingElement(originatingElement)
            .addAnnotation(RuntimeTypes.generated())
            .addAnnotation(RuntimeTypes.deprecationImplemented())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(JavaNames.categoryInterface(schema, category))
            .addJavadoc(
                "Prometheus recorders of the $L metrics ($L): $L\n",
                JavadocText.escape(category.title()),
                category.simpleName(),
                JavadocText.escape(category.description()));
    for (MetricModel metric : category.metrics()) {
      type.addField(nameConstant(metric));
    }
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.REGISTRY, RecorderNames.REGISTRY);
    for (MetricModel metric : category.metrics()) {
      new MetricRegistration(schema, metric, names).addTo(type, constructor);
    }
    names
        .domainConstants()
        .forEach((javaType, constant) -> type.addField(domainField(javaType, constant)));
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder("register")
            .addJavadoc(
                "Registers the $L metrics on {@code registry}.\n",
                JavadocText.escape(category.title()))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(className)
            .addParameter(RuntimeTypes.REGISTRY, RecorderNames.REGISTRY)
            .addStatement("return new $T($N)", className, RecorderNames.REGISTRY)
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
            String.class, names.constant(metric), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The exposed name of {@link #$N}.\n", metric.methodName())
        .initializer("$S", metric.exposedName())
        .build();
  }

  private FieldSpec domainField(String javaType, String constant) {
    LabelModel label =
        category.metrics().stream()
            .flatMap(metric -> metric.labels().stream())
            .filter(l -> l.kind() != LabelKind.OPEN && RecorderNames.domainKey(l).equals(javaType))
            .findFirst()
            .orElseThrow();
    CodeBlock values =
        label.values().stream().map(JavaLiterals::string).collect(CodeBlock.joining(", "));
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
    RecorderNames.MethodNames methodNames = names.method(metric);
    List<String> parameters = methodNames.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      method.addParameter(JavaNames.labelType(metric.labels().get(i)), parameters.get(i));
    }
    String field = names.field(metric);
    switch (MetricRegistration.storage(metric)) {
      case SINGLE -> method.addStatement("return $N", field);
      case ARRAY ->
          method.addStatement("return $N[$L]", field, LabelIndexes.slot(metric, names, parameters));
      case LAZY ->
          method.addStatement(
              "return $N.get($L)", field, LabelIndexes.slot(metric, names, parameters));
      case OPEN -> method.addCode(OpenLabelLookup.body(metric, names, methodNames));
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
      case OPEN -> ParameterizedTypeName.get(RuntimeTypes.OPEN_LABEL_RECORDERS, recorder);
    };
  }
}
