package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Where declarations sit: on types nested in a schema, or on top-level types that name the schema.
 */
public final class DeclarationSites {
  private DeclarationSites() {}

  /** One declaration annotation on a type, with its qualified annotation name. */
  public record Declaration(String annotation, AnnotationMirror mirror) {
    public NamedSchema schema() {
      return NamedSchema.of(mirror);
    }

    /** The annotation's simple name, as written: {@code Dashboard}. */
    public String simpleName() {
      return annotation.substring(annotation.lastIndexOf('.') + 1);
    }
  }

  /** The declaration annotations on {@code type}, in the order of {@link AnnotationNames}. */
  public static List<Declaration> on(Element type) {
    return AnnotationNames.DECLARATIONS.stream()
        .flatMap(
            name -> Mirrors.find(type, name).map(mirror -> new Declaration(name, mirror)).stream())
        .toList();
  }

  /** The schema {@code type} is nested in directly, if any. */
  public static Optional<TypeElement> enclosingSchema(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    return enclosing instanceof TypeElement outer
            && Mirrors.find(outer, AnnotationNames.METRICS_SCHEMA).isPresent()
        ? Optional.of(outer)
        : Optional.empty();
  }
}
