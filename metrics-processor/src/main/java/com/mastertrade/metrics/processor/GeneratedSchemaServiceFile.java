package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.codegen.GeneratedSchemaWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Lists the generated schemas of a compilation for {@code ServiceLoader}, once, after the last
 * round: a framework finds every schema of an application through these files, one per jar. The
 * file holds this compilation's schemas only, so a renamed or removed schema leaves no stale line.
 */
final class GeneratedSchemaServiceFile {
  private final ProcessingEnvironment env;

  GeneratedSchemaServiceFile(ProcessingEnvironment env) {
    this.env = env;
  }

  void write(Set<String> generatedSchemas) {
    if (generatedSchemas.isEmpty()) {
      return;
    }
    Element[] origins =
        generatedSchemas.stream()
            .map(name -> env.getElementUtils().getTypeElement(name))
            .filter(type -> type != null)
            .toArray(TypeElement[]::new);
    StringBuilder lines = new StringBuilder();
    generatedSchemas.forEach(name -> lines.append(name).append('\n'));
    try (Writer writer =
        env.getFiler()
            .createResource(
                StandardLocation.CLASS_OUTPUT, "", GeneratedSchemaWriter.serviceFile(), origins)
            .openWriter()) {
      writer.write(lines.toString());
    } catch (IOException e) {
      env.getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              "[MetricsServiceFile] cannot write " + GeneratedSchemaWriter.serviceFile() + ": " + e);
    }
  }
}
