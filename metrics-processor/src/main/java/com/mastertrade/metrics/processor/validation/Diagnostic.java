package com.mastertrade.metrics.processor.validation;

import javax.lang.model.element.Element;

/**
 * One error, with where it points: the element and, when the error is in an annotation, the
 * annotation's qualified name and the attribute. A missing attribute (left to its default) points
 * at the annotation; a missing annotation points at the element.
 *
 * @param annotation qualified annotation name, or {@code null}
 * @param attribute attribute name, or {@code null}
 */
public record Diagnostic(
    Message message, String text, Element element, String annotation, String attribute) {

  public static Diagnostic on(Element element, Message message, Object... args) {
    return new Diagnostic(message, message.format(args), element, null, null);
  }

  public static Diagnostic on(
      Element element, String annotation, String attribute, Message message, Object... args) {
    return new Diagnostic(message, message.format(args), element, annotation, attribute);
  }
}
