package com.mastertrade.metrics.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Where a part of the model was declared, kept only to point diagnostics at it: the element and, if
 * any, the annotation that declared the part. Writers never look at it.
 *
 * @param annotation the annotation on {@code element}, or {@code null}
 */
public record Origin(Element element, AnnotationMirror annotation) {
  public static Origin of(Element element) {
    return new Origin(element, null);
  }
}
