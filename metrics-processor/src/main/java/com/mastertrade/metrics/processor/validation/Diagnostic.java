package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One error, with where it points: the element and, when the error is in an annotation, the
 * annotation's qualified name and the attribute. A missing attribute (left to its default) points
 * at the annotation; a missing annotation points at the element.
 *
 * @param annotation qualified annotation name, or {@code null}
 * @param attribute attribute name, or {@code null}
 * @param mirror the annotation itself when it is nested in another one (found by name, a nested
 *     annotation could not be told from its siblings), else {@code null}
 */
public record Diagnostic(
    Message message,
    String text,
    Element element,
    String annotation,
    String attribute,
    AnnotationMirror mirror) {

  public static Diagnostic on(Element element, Message message, Object... args) {
    return new Diagnostic(message, message.format(args), element, null, null, null);
  }

  public static Diagnostic on(
      Element element, String annotation, String attribute, Message message, Object... args) {
    return new Diagnostic(message, message.format(args), element, annotation, attribute, null);
  }

  /** An error at {@code attribute} of the annotation (top-level or nested) of {@code origin}. */
  public static Diagnostic at(Origin origin, String attribute, Message message, Object... args) {
    return new Diagnostic(
        message, message.format(args), origin.element(), null, attribute, origin.annotation());
  }
}
