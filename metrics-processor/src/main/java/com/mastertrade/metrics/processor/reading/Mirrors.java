package com.mastertrade.metrics.processor.reading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotation values through mirrors, defaults included. */
public final class Mirrors {
  private final Elements elements;

  public Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value written for {@code attribute}, or empty if it was left to its default. */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + attribute + " in " + mirror);
  }

  public String string(AnnotationMirror mirror, String attribute) {
    return (String) value(mirror, attribute).getValue();
  }

  public long longValue(AnnotationMirror mirror, String attribute) {
    return ((Number) value(mirror, attribute).getValue()).longValue();
  }

  public double doubleValue(AnnotationMirror mirror, String attribute) {
    return ((Number) value(mirror, attribute).getValue()).doubleValue();
  }

  /** A {@code Class}-valued attribute, as the type it names. */
  public TypeMirror type(AnnotationMirror mirror, String attribute) {
    return (TypeMirror) value(mirror, attribute).getValue();
  }

  public int intValue(AnnotationMirror mirror, String attribute) {
    return ((Number) value(mirror, attribute).getValue()).intValue();
  }

  public boolean bool(AnnotationMirror mirror, String attribute) {
    return (Boolean) value(mirror, attribute).getValue();
  }

  /** The constant name of an enum-valued attribute. */
  public String enumConstant(AnnotationMirror mirror, String attribute) {
    return ((VariableElement) value(mirror, attribute).getValue()).getSimpleName().toString();
  }

  public List<Double> doubles(AnnotationMirror mirror, String attribute) {
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values =
        (List<? extends AnnotationValue>) value(mirror, attribute).getValue();
    return values.stream().map(v -> ((Number) v.getValue()).doubleValue()).toList();
  }

  public List<String> strings(AnnotationMirror mirror, String attribute) {
    return list(mirror, attribute).stream().map(v -> (String) v.getValue()).toList();
  }

  /** A nested annotation attribute. */
  public AnnotationMirror annotation(AnnotationMirror mirror, String attribute) {
    return (AnnotationMirror) value(mirror, attribute).getValue();
  }

  /** An attribute holding an array of annotations. */
  public List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    return list(mirror, attribute).stream().map(v -> (AnnotationMirror) v.getValue()).toList();
  }

  /** An array attribute's values. */
  @SuppressWarnings("unchecked")
  public List<? extends AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    return (List<? extends AnnotationValue>) value(mirror, attribute).getValue();
  }
}
