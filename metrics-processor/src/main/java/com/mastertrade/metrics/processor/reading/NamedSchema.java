package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What the {@code schema} attribute of a declaration annotation ({@code @Dashboard(schema =
 * MasterTradeMetrics.class)}) says: a declaration in a file of its own names its schema, one nested
 * in its schema may leave it out.
 */
public sealed interface NamedSchema {
  /** Left out: the declaration belongs to the schema it is nested in. */
  record Enclosing() implements NamedSchema {}

  /** A type javac has not resolved: it may be generated in a later round. */
  record Unresolved() implements NamedSchema {}

  /** A type, a {@code @MetricsSchema} or not. */
  record Named(TypeMirror type) implements NamedSchema {
    /** The named type if it is a {@code @MetricsSchema}. */
    public Optional<TypeElement> schema() {
      if (type.getKind() != TypeKind.DECLARED) {
        return Optional.empty();
      }
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      return Mirrors.find(element, AnnotationNames.METRICS_SCHEMA).map(found -> element);
    }

    /** Whether this names {@code schema}. */
    public boolean names(Element schema) {
      return type.getKind() == TypeKind.DECLARED
          && ((DeclaredType) type).asElement().equals(schema);
    }
  }

  static NamedSchema of(AnnotationMirror declaration) {
    Optional<AnnotationValue> value = Mirrors.explicitValue(declaration, "schema");
    if (value.isEmpty()) {
      return new Enclosing();
    }
    // javac gives a class literal it could not resolve as an error type or as the string <error>.
    if (!(value.get().getValue() instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR) {
      return new Unresolved();
    }
    return type.getKind() == TypeKind.VOID ? new Enclosing() : new Named(type);
  }

  /** Whether a declaration annotation on a type nested in {@code schema}, or named it, is its. */
  static boolean belongsTo(AnnotationMirror declaration, TypeElement schema, boolean nested) {
    NamedSchema named = of(declaration);
    return named instanceof Named n ? n.names(schema) : nested && named instanceof Enclosing;
  }
}
