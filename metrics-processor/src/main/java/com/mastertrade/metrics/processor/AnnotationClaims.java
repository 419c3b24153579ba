package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.reading.Mirrors;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Which annotations the processor claims, so that a consumer's {@code -Xlint:all -Werror} build has
 * no "no processor claimed" warning: the toolkit's own, which mean something to this processor
 * only, and {@code @Generated} in a round where it marks nothing but this processor's output (the
 * recorders carry it, and no other processor handles them). Another generator's {@code @Generated}
 * is left unclaimed.
 */
final class AnnotationClaims {
  static final String GENERATED = "jakarta.annotation.Generated";

  private AnnotationClaims() {}

  static Set<String> supported() {
    return Set.of(AnnotationNames.PACKAGE + "*", GENERATED);
  }

  /** Whether to claim {@code annotations}: {@code process()} claims all of them or none. */
  static boolean claim(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(GENERATED)
          && !round.getElementsAnnotatedWith(annotation).stream()
              .allMatch(AnnotationClaims::generatedHere)) {
        return false;
      }
    }
    return true;
  }

  private static boolean generatedHere(Element element) {
    return Mirrors.find(element, GENERATED)
        .flatMap(generated -> Mirrors.explicitValue(generated, "value"))
        .map(AnnotationValue::getValue)
        .filter(
            value ->
                value instanceof List<?> generators
                    && generators.size() == 1
                    && MetricsSchemaProcessor.class
                        .getName()
                        .equals(((AnnotationValue) generators.get(0)).getValue()))
        .isPresent();
  }
}
