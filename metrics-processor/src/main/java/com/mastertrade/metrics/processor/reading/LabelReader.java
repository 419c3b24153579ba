package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.LabelValueModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SnakeCase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads one label parameter, mapping its Java type to a label domain. */
final class LabelReader {
  private final Mirrors mirrors;
  private final Elements elements;
  private final DeprecationReader deprecations;

  LabelReader(Mirrors mirrors, Elements elements) {
    this.mirrors = mirrors;
    this.elements = elements;
    this.deprecations = new DeprecationReader(mirrors);
  }

  LabelModel read(VariableElement parameter) {
    String parameterName = parameter.getSimpleName().toString();
    Optional<AnnotationMirror> labelAnnotation = Mirrors.find(parameter, AnnotationNames.LABEL);
    String name =
        labelAnnotation
            .map(label -> mirrors.string(label, "value"))
            .filter(value -> !value.isEmpty())
            .orElse(SnakeCase.of(parameterName));
    Optional<AnnotationMirror> bound = Mirrors.find(parameter, AnnotationNames.MAX_VALUES);
    int maxValues = bound.map(b -> mirrors.intValue(b, "value")).orElse(0);
    TypeMirror type = parameter.asType();
    LabelKind kind = kindOf(type);
    List<LabelValueModel> constants =
        switch (kind) {
          case ENUM -> enumConstants((TypeElement) ((DeclaredType) type).asElement());
          case BOOLEAN ->
              List.of(
                  new LabelValueModel("false", "false", Optional.empty()),
                  new LabelValueModel("true", "true", Optional.empty()));
          default -> List.of();
        };
    List<String> values = constants.stream().map(LabelValueModel::value).toList();
    return new LabelModel(
        parameterName,
        name,
        kind,
        type.toString(),
        packageOf(type),
        values,
        maxValues,
        bound.isPresent(),
        constants,
        labelAnnotation.map(label -> mirrors.strings(label, "formerly")).orElse(List.of()),
        Origin.of(parameter));
  }

  private List<LabelValueModel> enumConstants(TypeElement enumType) {
    return enumType.getEnclosedElements().stream()
        .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
        .map(
            constant ->
                new LabelValueModel(
                    constant.getSimpleName().toString(),
                    Mirrors.find(constant, AnnotationNames.LABEL_VALUE)
                        .map(value -> mirrors.string(value, "value"))
                        .orElse(constant.getSimpleName().toString().toLowerCase(Locale.ROOT)),
                    deprecations.read(constant)))
        .toList();
  }

  private String packageOf(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? elements.getPackageOf(((DeclaredType) type).asElement()).getQualifiedName().toString()
        : "";
  }

  private static LabelKind kindOf(TypeMirror type) {
    if (type.getKind() == TypeKind.BOOLEAN) {
      return LabelKind.BOOLEAN;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return LabelKind.UNSUPPORTED;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return LabelKind.ENUM;
    }
    if (element.getQualifiedName().contentEquals("java.lang.String")) {
      return LabelKind.OPEN;
    }
    return LabelKind.UNSUPPORTED;
  }
}
