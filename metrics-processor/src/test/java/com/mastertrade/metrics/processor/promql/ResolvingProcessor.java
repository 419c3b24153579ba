package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.reading.DeclarationReader;
import com.mastertrade.metrics.processor.reading.SchemaReader;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a schema and its declarations as the processor does and resolves them, so that a test sees
 * the resolutions of a schema written as Java, not of hand-built models.
 */
final class ResolvingProcessor extends AbstractProcessor {
  DeclarationsModel declarations;
  Resolutions resolutions;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("com.mastertrade.metrics.annotations.MetricsSchema");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (TypeElement schemaElement :
          ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
        SchemaModel schema = new SchemaReader(processingEnv.getElementUtils()).read(schemaElement);
        declarations =
            new DeclarationReader(processingEnv.getElementUtils()).read(schemaElement, List.of());
        resolutions = ExpressionResolver.resolve(schema, declarations);
      }
    }
    return true;
  }
}
