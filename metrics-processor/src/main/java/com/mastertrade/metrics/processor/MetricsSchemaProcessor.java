package com.mastertrade.metrics.processor;

import com.google.auto.service.AutoService;
import com.mastertrade.metrics.processor.reading.AnnotationNames;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.DiagnosticPrinter;
import com.mastertrade.metrics.processor.validation.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Compiles {@code @MetricsSchema} interfaces into Prometheus recorders and their artifacts. Each
 * schema is processed on its own: a schema with errors is reported and skipped, the others are
 * still generated, and no exception ever reaches javac.
 */
@AutoService(Processor.class)
public final class MetricsSchemaProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AnnotationNames.METRICS_SCHEMA);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement schemaAnnotation =
        processingEnv.getElementUtils().getTypeElement(AnnotationNames.METRICS_SCHEMA);
    if (schemaAnnotation == null) {
      return false;
    }
    SchemaStep step = new SchemaStep(processingEnv);
    for (Element schema : round.getElementsAnnotatedWith(schemaAnnotation)) {
      try {
        step.process((TypeElement) schema);
      } catch (RuntimeException e) {
        new DiagnosticPrinter(processingEnv.getMessager())
            .print(Diagnostic.on(schema, Message.INTERNAL_ERROR, schema, stackTrace(e)));
      }
    }
    // Never claim the annotations: other processors may want them too.
    return false;
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
