package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
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

  LabelReader(Mirrors mirrors, Elements elements) {
    this.mirrors = mirrors;
    this.elements = elements;
  }

  LabelModel read(VariableElement parameter) {
    String parameterName = parameter.getSimpleName().toString();
    String name =
        Mirrors.find(parameter, AnnotationNames.LABEL)
            .map(label -> mirrors.string(label, "value"))
            .orElse(SnakeCase.of(parameterName));
    Optional<AnnotationMirror> bound = Mirrors.find(parameter, AnnotationNames.MAX_VALUES);
    int maxValues = bound.map(b -> mirrors.intValue(b, "value")).orElse(0);
    TypeMirror type = parameter.asType();
    LabelKind kind = kindOf(type);
    List<String> values =
        switch (kind) {
          case ENUM -> enumValues((TypeElement) ((DeclaredType) type).asElement());
          case BOOLEAN -> List.of("false", "true");
          default -> List.of();
        };
    return new LabelModel(
        parameterName,
        name,
        kind,
        type.toString(),
        packageOf(type),
        values,
        maxValues,
        bound.isPresent(),
        Origin.of(parameter));
  }

  private List<String> enumValues(TypeElement enumType) {
    return enumType.getEnclosedElements().stream()
        .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
        .map(
            constant ->
                Mirrors.find(constant, AnnotationNames.LABEL_VALUE)
                    .map(value -> mirrors.string(value, "value"))
                    .orElse(constant.getSimpleName().toString().toLowerCase(Locale.ROOT)))
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
