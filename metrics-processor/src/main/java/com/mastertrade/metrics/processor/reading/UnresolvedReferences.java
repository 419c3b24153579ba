package com.mastertrade.metrics.processor.reading;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds references javac could not resolve in a schema: a type that does not exist (yet: another
 * processor may generate it in a later round) or an annotation value naming a constant that does
 * not exist. javac reports those itself; reading such a schema would only add misleading errors.
 */
public final class UnresolvedReferences {
  private UnresolvedReferences() {}

  /**
   * Whether the schema, its categories, their methods or their labels refer to anything unresolved.
   */
  public static boolean in(TypeElement schema) {
    if (hasErroneousAnnotation(schema)) {
      return true;
    }
    for (TypeElement category : ElementFilter.typesIn(schema.getEnclosedElements())) {
      if (hasErroneousAnnotation(category)) {
        return true;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(category.getEnclosedElements())) {
        if (isErroneous(method.getReturnType()) || hasErroneousAnnotation(method)) {
          return true;
        }
        for (VariableElement parameter : method.getParameters()) {
          if (isErroneous(parameter.asType())
              || hasErroneousAnnotation(parameter)
              || hasErroneousLabelValue(parameter.asType())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the declarations on a type of their own refer to anything unresolved. */
  public static boolean inDeclarations(TypeElement holder) {
    return hasErroneousAnnotation(holder);
  }

  private static boolean isErroneous(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR;
  }

  /** An enum label's constants carry {@code @LabelValue}s: those are read too. */
  private static boolean hasErroneousLabelValue(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element enumType = ((DeclaredType) type).asElement();
    return enumType.getKind() == ElementKind.ENUM
        && enumType.getEnclosedElements().stream()
            .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
            .anyMatch(UnresolvedReferences::hasErroneousAnnotation);
  }

  private static boolean hasErroneousAnnotation(Element element) {
    return element.getAnnotationMirrors().stream()
        .flatMap(mirror -> mirror.getElementValues().values().stream())
        .anyMatch(UnresolvedReferences::isErroneous);
  }

  /**
   * javac gives a value it could not resolve as the string {@code <error>}. A real string value
   * reads as a quoted literal ({@link AnnotationValue#toString} is the value's source form), so a
   * string that is not quoted is an error: where the attribute is a number, an enum constant, or a
   * string.
   */
  private static boolean isErroneous(AnnotationValue value) {
    Object content = value.getValue();
    if (content instanceof List<?> elements) {
      return elements.stream().anyMatch(e -> isErroneous((AnnotationValue) e));
    }
    if (content instanceof AnnotationMirror nested) {
      return nested.getElementValues().values().stream()
          .anyMatch(UnresolvedReferences::isErroneous);
    }
    return content instanceof String && !value.toString().startsWith("\"");
  }
}
