package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.SchemaModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Prometheus<Schema>Schema}, the schema's {@code GeneratedSchema}: how a framework
 * registers the schema and finds the recorders of its categories without scanning the class path.
 */
public final class GeneratedSchemaWriter {
  private final SchemaModel schema;

  public GeneratedSchemaWriter(SchemaModel schema) {
    this.schema = schema;
  }

  public JavaFile write(Element originatingElement) {
    ClassName entryPoint = JavaNames.entryPoint(schema);
    ClassName category = RuntimeTypes.GENERATED_SCHEMA.nestedClass("Category");
    TypeName anyCategory =
        ParameterizedTypeName.get(category, entryPoint, WildcardTypeName.subtypeOf(Object.class));
    NameAllocator accessors = EntryPointWriter.accessorNames(schema);
    CodeBlock categories =
        schema.categories().stream()
            .map(
                c ->
                    CodeBlock.of(
                        "\nnew $T<>($T.class, $T::$N)",
                        category,
                        JavaNames.categoryInterface(schema, c),
                        entryPoint,
                        accessors.get(c)))
            .collect(CodeBlock.joining(","));
    TypeSpec type =
        TypeSpec.classBuilder(JavaNames.generatedSchema(schema))
            .addOriginatingElement(originatingElement)
            .addAnnotation(RuntimeTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.GENERATED_SCHEMA, entryPoint))
            .addJavadoc(
                "{@link $T} as frameworks find it, listed for {@code ServiceLoader}.\n",
                JavaNames.schemaInterface(schema))
            .addMethod(
                override("namespace", ClassName.get(String.class))
                    .addStatement("return $T.NAMESPACE", entryPoint)
                    .build())
            .addMethod(
                override("recordersType", ParameterizedTypeName.get(ClassName.get(Class.class), entryPoint))
                    .addStatement("return $T.class", entryPoint)
                    .build())
            .addMethod(
                override("register", entryPoint)
                    .addParameter(RuntimeTypes.REGISTRY, RecorderNames.REGISTRY)
                    .addStatement("return $T.register($N)", entryPoint, RecorderNames.REGISTRY)
                    .build())
            .addMethod(
                override("categories", ParameterizedTypeName.get(ClassName.get(List.class), anyCategory))
                    .addStatement("return $T.of($L)", List.class, categories)
                    .build())
            .build();
    return JavaFile.builder(schema.packageName(), type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  /** The service file that lists every generated schema of a compilation. */
  public static String serviceFile() {
    return "META-INF/services/" + RuntimeTypes.GENERATED_SCHEMA.canonicalName();
  }

}
