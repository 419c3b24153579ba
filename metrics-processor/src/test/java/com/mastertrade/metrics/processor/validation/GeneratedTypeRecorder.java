package com.mastertrade.metrics.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Records the types other processors generate: the root types of every round after the first.
 * compile-testing hides the generated files of a failed compilation; this is how a test sees that a
 * broken schema generated nothing.
 */
final class GeneratedTypeRecorder extends AbstractProcessor {
  private final List<String> generated = new ArrayList<>();
  private boolean firstRound = true;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!firstRound) {
      ElementFilter.typesIn(round.getRootElements())
          .forEach(type -> generated.add(type.getQualifiedName().toString()));
    }
    firstRound = false;
    return false;
  }

  /** The qualified names of the generated types, in the order they were generated. */
  List<String> generated() {
    return List.copyOf(generated);
  }
}
