package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One error, with where it points: the element and, when the error is in an annotation, the
 * annotation's qualified name, the attribute and, for an array, the element of the array. A missing
 * attribute (left to its default) points at the annotation; a missing annotation points at the
 * element.
 *
 * @param annotation qualified annotation name, or {@code null}
 * @param attribute attribute name, or {@code null}
 * @param index the index of the wrong element in an array attribute, or -1 for the whole value
 * @param mirror the annotation itself when it is nested in another one (found by name, a nested
 *     annotation could not be told from its siblings), else {@code null}
 */
public record Diagnostic(
    Message message,
    String text,
    Element element,
    String annotation,
    String attribute,
    int index,
    AnnotationMirror mirror) {

  public static Diagnostic on(Element element, Message message, Object... args) {
    return new Diagnostic(message, message.format(args), element, null, null, -1, null);
  }

  public static Diagnostic on(
      Element element, String annotation, String attribute, Message message, Object... args) {
    return new Diagnostic(message, message.format(args), element, annotation, attribute, -1, null);
  }

  /** An error in the element {@code index} of the array attribute {@code attribute}. */
  public static Diagnostic onArrayElement(
      Element element,
      String annotation,
      String attribute,
      int index,
      Message message,
      Object... args) {
    return new Diagnostic(
        message, message.format(args), element, annotation, attribute, index, null);
  }

  /**
   * An error in the element {@code index} of an array attribute of the annotation of {@code
   * origin}.
   */
  public static Diagnostic atArrayElement(
      Origin origin, String attribute, int index, Message message, Object... args) {
    return new Diagnostic(
        message,
        message.format(args),
        origin.element(),
        null,
        attribute,
        index,
        origin.annotation());
  }

  /** An error at {@code attribute} of the annotation (top-level or nested) of {@code origin}. */
  public static Diagnostic at(Origin origin, String attribute, Message message, Object... args) {
    return new Diagnostic(
        message, message.format(args), origin.element(), null, attribute, -1, origin.annotation());
  }
}
