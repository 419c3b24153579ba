package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.codegen.EntryPointWriter;
import com.mastertrade.metrics.processor.codegen.RecorderClassWriter;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.kubernetes.KubernetesSettings;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.promql.ExpressionResolver;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.reading.DeclarationReader;
import com.mastertrade.metrics.processor.reading.SchemaReader;
import com.mastertrade.metrics.processor.validation.DeclarationValidator;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import com.mastertrade.metrics.processor.validation.SchemaValidator;
import com.mastertrade.metrics.processor.validation.ValidationReport;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Read, validate, then generate one schema; generate nothing for a schema with errors. */
final class SchemaStep {
  private final ProcessingEnvironment env;
  private final SchemaReader reader;
  private final SchemaValidator validator = new SchemaValidator();
  private final DeclarationReader declarationReader;
  private final DeclarationValidator declarationValidator = new DeclarationValidator();
  private final DiagnosticPrinter printer;
  private final ProcessorOptions options;

  /** Each namespace written in this compilation, lower case, and the schema that wrote it. */
  private final Map<String, String> namespaces;

  SchemaStep(ProcessingEnvironment env, ProcessorOptions options, Map<String, String> namespaces) {
    this.env = env;
    this.options = options;
    this.namespaces = namespaces;
    this.reader = new SchemaReader(env.getElementUtils());
    this.declarationReader = new DeclarationReader(env.getElementUtils());
    this.printer = new DiagnosticPrinter(env.getMessager());
  }

  /**
   * @param declarationFiles the top-level types that carry declarations naming this schema
   */
  void process(TypeElement schemaElement, List<TypeElement> declarationFiles) {
    SchemaModel schema = reader.read(schemaElement);
    ValidationReport report = validator.validate(schema);
    printer.print(report);
    if (!report.isClean()) {
      return;
    }
    // Dashboards and alerts are checked against a valid schema only: a broken metric would
    // otherwise be reported again by every panel that uses it.
    DeclarationsModel declarations = declarationReader.read(schemaElement, declarationFiles);
    Resolutions resolutions = ExpressionResolver.resolve(schema, declarations);
    ValidationReport declared = declarationValidator.validate(schema, declarations, resolutions);
    printer.print(declared);
    if (!declared.isClean()) {
      return;
    }
    // The validators report every template that did not resolve, so a clean report means all did.
    ResolvedDeclarations resolved =
        resolutions
            .complete()
            .orElseThrow(() -> new IllegalStateException("a template did not resolve unreported"));
    KubernetesSettings kubernetes;
    try {
      kubernetes = KubernetesSettings.from(env.getOptions(), schema.namespace());
    } catch (IllegalArgumentException e) {
      printer.print(Diagnostic.on(schemaElement, Message.INVALID_OPTION, e.getMessage()));
      return;
    }
    List<JavaFile> sources = new ArrayList<>();
    List<Element> sourceOrigins = new ArrayList<>();
    sources.add(new EntryPointWriter(schema).write(schemaElement));
    sourceOrigins.add(schemaElement);
    for (CategoryModel category : schema.categories()) {
      sources.add(new RecorderClassWriter(schema, category).write(schemaElement));
      sourceOrigins.add(category.origin().element());
    }
    ArtifactFiles artifactFiles =
        new ArtifactFiles(env.getFiler(), env.getMessager(), options, kubernetes);
    List<GeneratedResource> artifacts = artifactFiles.files(schema, declarations, resolved);
    // Every name is checked before anything is written, so a rejected schema writes nothing.
    List<Diagnostic> names = new OutputNames(schema, declarations).check(sources, artifacts);
    if (!names.isEmpty()) {
      names.forEach(printer::print);
      return;
    }
    String claimed =
        namespaces.putIfAbsent(schema.namespace().toLowerCase(Locale.ROOT), schema.qualifiedName());
    if (claimed != null && !claimed.equals(schema.qualifiedName())) {
      printer.print(
          Diagnostic.on(
              schemaElement,
              AnnotationNames.METRICS_SCHEMA,
              "namespace",
              Message.NAMESPACE_TAKEN,
              schema.namespace(),
              claimed,
              schema.namespace()));
      return;
    }
    for (int i = 0; i < sources.size(); i++) {
      if (!write(sources.get(i), sourceOrigins.get(i))) {
        return;
      }
    }
    List<Element> origins = new ArrayList<>();
    origins.add(schemaElement);
    origins.addAll(declarationFiles);
    artifactFiles.write(schema, artifacts, origins);
  }

  /**
   * Writes {@code file}; a type of the same name already in the compilation is an error on the
   * schema or category the file is generated from, not an internal failure.
   */
  private boolean write(JavaFile file, Element origin) {
    try {
      file.writeTo(env.getFiler());
      return true;
    } catch (FilerException e) {
      printer.print(
          Diagnostic.on(
              origin,
              Message.GENERATED_TYPE_EXISTS,
              file.packageName() + "." + file.typeSpec().name(),
              origin.getSimpleName()));
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
