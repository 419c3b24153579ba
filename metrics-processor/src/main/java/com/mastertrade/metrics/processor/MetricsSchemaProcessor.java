package com.mastertrade.metrics.processor;

import com.google.auto.service.AutoService;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.reading.Mirrors;
import com.mastertrade.metrics.processor.reading.UnresolvedReferences;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Compiles {@code @MetricsSchema} interfaces, and the declarations nested in them or naming them
 * from files of their own, into Prometheus recorders and their artifacts. Each schema is processed
 * on its own: a schema with errors is reported and skipped, the others are still generated, and no
 * exception ever reaches javac.
 */
@AutoService(Processor.class)
public final class MetricsSchemaProcessor extends AbstractProcessor {
  /** Qualified names of schemas to retry next round: types are not kept across rounds. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Schemas holding a declaration reported as stray: reported, so not generated. */
  private final Set<String> withStrayDeclarations = new HashSet<>();

  /** Each namespace written in this compilation, lower case, and the schema that wrote it. */
  private final Map<String, String> namespaces = new HashMap<>();

  /** Qualified names of the schemas processed: their recorders are written, or errors reported. */
  private final Set<String> done = new HashSet<>();

  /**
   * The schemas whose recorders are written and whose other artifacts wait for the last round, by
   * qualified name in the order processed: a declaration file another processor generates in a
   * later round still belongs to them, and one with an error must withhold them.
   */
  private final Map<String, SchemaStep.PendingArtifacts> pending = new LinkedHashMap<>();

  /** The generated schema classes written in this compilation, sorted for the service file. */
  private final Set<String> generatedSchemas = new TreeSet<>();

  /** The receivers the schemas of this compilation declare. */
  private final DeclaredReceivers declaredReceivers = new DeclaredReceivers();

  private DeclarationFiles declarationFiles;
  private ProcessorOptions options;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    declarationFiles = new DeclarationFiles(env.getElementUtils());
    options = ProcessorOptions.parse(env.getOptions());
    for (OptionValues.Problem problem : options.problems()) {
      env.getMessager().printMessage(problem.kind(), problem.text());
    }
  }

  /** The toolkit's annotations, and {@code @Generated}: see {@link AnnotationClaims}. */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return AnnotationClaims.supported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    // javac asks after init; the receiver options are named after the receivers given.
    return ProcessorOptions.supported(
        processingEnv == null ? Set.of() : processingEnv.getOptions().keySet());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement schemaAnnotation =
        processingEnv.getElementUtils().getTypeElement(AnnotationNames.METRICS_SCHEMA);
    if (schemaAnnotation == null || options.hasErrors()) {
      return AnnotationClaims.claim(annotations, round);
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(processingEnv.getMessager());
    for (Diagnostic stray : new StrayDeclarations(processingEnv.getElementUtils()).in(round)) {
      printer.print(stray);
      declaredReceivers.strayDeclaration();
      enclosingSchema(stray.element())
          .ifPresent(schema -> withStrayDeclarations.add(schema.getQualifiedName().toString()));
    }
    List<TypeElement> schemas = schemasOf(round, schemaAnnotation);
    schemas.forEach(schema -> declaredReceivers.schema(schema.getQualifiedName().toString()));
    declarationFiles.collect(round);
    Set<String> current = new HashSet<>();
    schemas.forEach(schema -> current.add(schema.getQualifiedName().toString()));
    declarationFiles.resolve(done, current).forEach(printer::print);
    SchemaStep step =
        new SchemaStep(processingEnv, options, namespaces, generatedSchemas, declaredReceivers);
    for (TypeElement schema : schemas) {
      try {
        List<TypeElement> declarations = declarationFiles.of(schema);
        if (UnresolvedReferences.in(schema)
            || declarations.stream().anyMatch(UnresolvedReferences::inDeclarations)) {
          defer(schema, round);
          continue;
        }
        if (withStrayDeclarations.contains(schema.getQualifiedName().toString())
            || declarationFiles.withholds(schema)
            || StrayDeclarations.inheritsCategories(schema, processingEnv.getTypeUtils())) {
          continue;
        }
        done.add(schema.getQualifiedName().toString());
        step.process(schema, declarations).ifPresent(p -> pending.put(p.schema(), p));
      } catch (RuntimeException e) {
        printer.print(Diagnostic.on(schema, Message.INTERNAL_ERROR, schema, stackTrace(e)));
      }
    }
    if (round.processingOver()) {
      pending.values().forEach(p -> complete(p, step, printer));
      pending.clear();
      unclaimedReceiverOptions(printer);
      new GeneratedSchemaServiceFile(processingEnv).write(generatedSchemas);
    }
    return AnnotationClaims.claim(annotations, round);
  }

  /**
   * Writes the artifacts of a schema whose recorders are written, now that every declaration file
   * is known; not if one that names it was rejected or refers to what was never generated.
   */
  private void complete(
      SchemaStep.PendingArtifacts artifacts, SchemaStep step, DiagnosticPrinter printer) {
    TypeElement schema = processingEnv.getElementUtils().getTypeElement(artifacts.schema());
    if (schema == null || declarationFiles.withholds(schema)) {
      return;
    }
    try {
      List<TypeElement> declarations = declarationFiles.of(schema);
      if (declarations.stream().anyMatch(UnresolvedReferences::inDeclarations)) {
        printer.print(Diagnostic.on(schema, Message.UNRESOLVED_REFERENCE, schema.getSimpleName()));
        return;
      }
      step.complete(artifacts, schema, declarations);
    } catch (RuntimeException e) {
      printer.print(Diagnostic.on(schema, Message.INTERNAL_ERROR, schema, stackTrace(e)));
    }
  }

  /**
   * Only once every schema is read can a receiver option be said to name no receiver: it is for
   * whichever schema declares it. Told on the first {@code @Alerting}, whose receivers the message
   * lists with the others'; with none, the options have nothing to address.
   */
  private void unclaimedReceiverOptions(DiagnosticPrinter printer) {
    Optional<Set<String>> declared = declaredReceivers.all();
    Optional<TypeElement> alerting =
        declaredReceivers
            .firstAlertingType()
            .map(name -> processingEnv.getElementUtils().getTypeElement(name));
    if (declared.isEmpty() || alerting.isEmpty() || alerting.get() == null) {
      return;
    }
    String known =
        declared.get().isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared.get()));
    for (ReceiverOptions.Unclaimed option : options.unclaimedReceiverOptions(declared.get())) {
      printer.print(
          Diagnostic.on(
              alerting.get(),
              AnnotationNames.ALERTING,
              "receivers",
              Message.UNKNOWN_RECEIVER_OPTION,
              option.option(),
              option.receiver(),
              known));
    }
  }

  private static Optional<TypeElement> enclosingSchema(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type
          && Mirrors.find(type, AnnotationNames.METRICS_SCHEMA).isPresent()) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The schemas deferred from the previous round, then those of this round. */
  private List<TypeElement> schemasOf(RoundEnvironment round, TypeElement schemaAnnotation) {
    List<TypeElement> schemas = new ArrayList<>();
    for (String name : deferred) {
      TypeElement schema = processingEnv.getElementUtils().getTypeElement(name);
      if (schema != null) {
        schemas.add(schema);
      }
    }
    deferred.clear();
    ElementFilter.typesIn(round.getElementsAnnotatedWith(schemaAnnotation)).forEach(schemas::add);
    return schemas;
  }

  /**
   * Retries a schema that refers to something unresolved in the next round, where another processor
   * may have generated it. After the last round, says why nothing was generated: javac reports the
   * unresolved reference itself.
   */
  private void defer(TypeElement schema, RoundEnvironment round) {
    if (round.processingOver()) {
      new DiagnosticPrinter(processingEnv.getMessager())
          .print(Diagnostic.on(schema, Message.UNRESOLVED_REFERENCE, schema.getSimpleName()));
    } else {
      deferred.add(schema.getQualifiedName().toString());
    }
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
