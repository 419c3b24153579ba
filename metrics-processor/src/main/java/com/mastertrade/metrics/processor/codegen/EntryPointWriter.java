package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code Prometheus<Schema>}: registers every category and hands out their recorders. */
public final class EntryPointWriter {
  private static final String NAMESPACE = "NAMESPACE";
  private static final String REGISTER = "register";

  private final SchemaModel schema;

  public EntryPointWriter(SchemaModel schema) {
    this.schema = schema;
  }

  public JavaFile write(Element originatingElement) {
    ClassName className = JavaNames.entryPoint(schema);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addOriginatingElement(originatingElement)
            .addAnnotation(RuntimeTypes.generated())
            .addAnnotation(RuntimeTypes.deprecationImplemented())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Prometheus recorders of every category of {@link $T}. Register once per registry;"
                    + " to register one category only, use its own {@code register}.\n",
                JavaNames.schemaInterface(schema))
            .addField(
                FieldSpec.builder(
                        String.class, NAMESPACE, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", schema.namespace())
                    .build());
    NameAllocator names = accessorNames(schema);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.REGISTRY, RecorderNames.REGISTRY);
    for (CategoryModel category : schema.categories()) {
      ClassName recorders = JavaNames.recorderClass(schema, category);
      String accessor = names.get(category);
      type.addField(recorders, accessor, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement(
          "this.$N = $T.$N($N)", accessor, recorders, REGISTER, RecorderNames.REGISTRY);
    }
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder(REGISTER)
            .addJavadoc("Registers every metric of the schema on {@code registry}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(className)
            .addParameter(RuntimeTypes.REGISTRY, RecorderNames.REGISTRY)
            .addStatement("return new $T($N)", className, RecorderNames.REGISTRY)
            .build());
    for (CategoryModel category : schema.categories()) {
      String accessor = names.get(category);
      type.addMethod(
          MethodSpec.methodBuilder(accessor)
              .addJavadoc(
                  "$L: $L\n",
                  JavadocText.escape(category.title()),
                  JavadocText.escape(category.description()))
              .addModifiers(Modifier.PUBLIC)
              .returns(JavaNames.categoryInterface(schema, category))
              .addStatement("return $N", accessor)
              .build());
    }
    return JavaFile.builder(schema.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The names of the entry point's members: each category's accessor is allocated under the
   * category, clear of Java keywords and of the other members.
   */
  static NameAllocator accessorNames(SchemaModel schema) {
    NameAllocator names = new NameAllocator();
    names.newName(RecorderNames.REGISTRY, RecorderNames.REGISTRY);
    names.newName(NAMESPACE, NAMESPACE);
    names.newName(REGISTER, REGISTER);
    for (CategoryModel category : schema.categories()) {
      names.newName(accessorName(category), category);
    }
    return names;
  }

  /** {@code Http} to {@code http}, {@code MlModels} to {@code mlModels}. */
  static String accessorName(CategoryModel category) {
    String name = category.simpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
