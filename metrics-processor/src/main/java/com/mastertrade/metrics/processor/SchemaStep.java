package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.codegen.EntryPointWriter;
import com.mastertrade.metrics.processor.codegen.GeneratedSchemaWriter;
import com.mastertrade.metrics.processor.codegen.RecorderClassWriter;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.promql.ExpressionResolver;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.reading.DeclarationReader;
import com.mastertrade.metrics.processor.reading.SchemaReader;
import com.mastertrade.metrics.processor.resolved.KubernetesSettings;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Read, validate, then generate one schema; generate nothing for a schema with errors. Its
 * recorders are written in its own round, its other artifacts in the last (see {@link #process}).
 */
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

  /** The generated schema classes written in this compilation, for the service file. */
  private final Set<String> generatedSchemas;

  /** The receivers the schemas of this compilation declare, for the receiver options. */
  private final DeclaredReceivers declaredReceivers;

  SchemaStep(
      ProcessingEnvironment env,
      ProcessorOptions options,
      Map<String, String> namespaces,
      Set<String> generatedSchemas,
      DeclaredReceivers declaredReceivers) {
    this.env = env;
    this.options = options;
    this.namespaces = namespaces;
    this.generatedSchemas = generatedSchemas;
    this.declaredReceivers = declaredReceivers;
    this.reader = new SchemaReader(env.getElementUtils());
    this.declarationReader = new DeclarationReader(env.getElementUtils());
    this.printer = new DiagnosticPrinter(env.getMessager());
  }

  /**
   * A schema whose recorders are written and whose other artifacts wait for the last round: by
   * qualified name and data only, as types are not kept across rounds.
   *
   * @param declarationFiles the declaration types the artifacts were generated with
   * @param reported the diagnostics printed while generating them, not to be printed again
   */
  record PendingArtifacts(
      String schema,
      Set<String> declarationFiles,
      ArtifactPlacement placement,
      String generatedSchema,
      PrintedOnce reported) {}

  /** What a schema generates: its sources and its other artifacts, placed. */
  private record Output(
      List<JavaFile> sources,
      List<Element> sourceOrigins,
      ArtifactPlacement placement,
      String generatedSchema) {}

  /**
   * Validates the schema and its declarations known so far and writes its recorders. The other
   * artifacts are returned, not written: another processor may still generate a declaration file
   * for the schema in a later round, and a rejected one must withhold them all (see {@link
   * #complete}). A late declaration file is taken rather than refused: a processor that generates
   * dashboards or alerts is a fair source of declarations, and its user expects them in the
   * schema's artifacts, or the schema withheld if they are wrong. Recorders depend on the schema
   * alone, so they are written now, where later rounds and other processors can compile against
   * them (a source written in the last round would not be processed).
   *
   * @param declarationFiles the top-level types that carry declarations naming this schema
   */
  Optional<PendingArtifacts> process(TypeElement schemaElement, List<TypeElement> declarationFiles) {
    SchemaModel schema = reader.read(schemaElement);
    ValidationReport report = validator.validate(schema);
    printer.print(report);
    if (!report.isClean()) {
      return Optional.empty();
    }
    PrintedOnce reported = new PrintedOnce(printer);
    Optional<Output> generated = generate(schema, schemaElement, declarationFiles, reported);
    if (generated.isEmpty()) {
      return Optional.empty();
    }
    Output output = generated.get();
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
      return Optional.empty();
    }
    for (int i = 0; i < output.sources().size(); i++) {
      if (!write(output.sources().get(i), output.sourceOrigins().get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new PendingArtifacts(
            schema.qualifiedName(),
            names(declarationFiles),
            output.placement(),
            output.generatedSchema(),
            reported));
  }

  /**
   * In the last round, where no declaration file can appear any more, writes the artifacts of a
   * schema whose recorders are written. A declaration file that arrived in a later round than the
   * schema is checked with the others now, and the artifacts generated again with it; one with an
   * error withholds them all, as in the schema's own round.
   *
   * @param declarationFiles every declaration type naming the schema, late ones included
   */
  void complete(
      PendingArtifacts pending, TypeElement schemaElement, List<TypeElement> declarationFiles) {
    ArtifactPlacement placement = pending.placement();
    if (!names(declarationFiles).equals(pending.declarationFiles())) {
      Optional<Output> generated =
          generate(
              reader.read(schemaElement), schemaElement, declarationFiles, pending.reported());
      if (generated.isEmpty()) {
        return;
      }
      placement = generated.get().placement();
    }
    List<Element> origins = new ArrayList<>();
    origins.add(schemaElement);
    origins.addAll(declarationFiles);
    if (new ArtifactFiles(env.getFiler(), env.getMessager(), options)
        .write(pending.schema(), placement, origins)) {
      generatedSchemas.add(pending.generatedSchema());
    }
  }

  /**
   * Checks the declarations against the valid schema, then generates everything; empty after the
   * errors are printed through {@code reported}, which prints none twice.
   */
  private Optional<Output> generate(
      SchemaModel schema,
      TypeElement schemaElement,
      List<TypeElement> declarationFiles,
      PrintedOnce reported) {
    // Dashboards and alerts are checked against a valid schema only: a broken metric would
    // otherwise be reported again by every panel that uses it.
    DeclarationsModel declarations = declarationReader.read(schemaElement, declarationFiles);
    declaredReceivers.read(schema.qualifiedName(), declarations.alerting());
    Resolutions resolutions =
        ExpressionResolver.resolve(schema, declarations, options.promqlTarget());
    ValidationReport declared = declarationValidator.validate(schema, declarations, resolutions);
    declared.diagnostics().forEach(reported::print);
    if (!declared.isClean()) {
      return Optional.empty();
    }
    List<Diagnostic> links = options.linkErrors(declarations.alerting());
    if (!links.isEmpty()) {
      links.forEach(reported::print);
      return Optional.empty();
    }
    // The validators report every template that did not resolve, so a clean report means all did.
    ResolvedDeclarations resolved =
        resolutions
            .complete()
            .orElseThrow(() -> new IllegalStateException("a template did not resolve unreported"));
    List<JavaFile> sources = new ArrayList<>();
    List<Element> sourceOrigins = new ArrayList<>();
    sources.add(new EntryPointWriter(schema).write(schemaElement));
    sourceOrigins.add(schemaElement);
    JavaFile generatedSchema = new GeneratedSchemaWriter(schema).write(schemaElement);
    sources.add(generatedSchema);
    sourceOrigins.add(schemaElement);
    for (CategoryModel category : schema.categories()) {
      sources.add(new RecorderClassWriter(schema, category).write(schemaElement));
      sourceOrigins.add(category.origin().element());
    }
    KubernetesSettings kubernetes = options.kubernetes(
            schema.namespace(), declarations.alerting(), declarations.scrapeConfig());
    ResolvedSchema complete =
        SchemaResolver.resolve(
            schema,
            declarations,
            resolved,
            options.alertLinks(declarations.alerting()),
            kubernetes,
            options.datasources(kubernetes),
            options.promqlTarget());
    List<GeneratedResource> artifacts = ArtifactWriters.write(complete);
    // Every name is checked before anything is written, so a rejected schema writes nothing.
    List<Diagnostic> names = new OutputNames(schema, declarations).check(sources, artifacts);
    if (!names.isEmpty()) {
      names.forEach(reported::print);
      return Optional.empty();
    }
    return Optional.of(
        new Output(
            sources,
            sourceOrigins,
            ArtifactPlacement.of(schema, artifacts, options),
            generatedSchema.packageName() + "." + generatedSchema.typeSpec().name()));
  }

  private static Set<String> names(List<TypeElement> types) {
    Set<String> names = new TreeSet<>();
    types.forEach(type -> names.add(type.getQualifiedName().toString()));
    return names;
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
