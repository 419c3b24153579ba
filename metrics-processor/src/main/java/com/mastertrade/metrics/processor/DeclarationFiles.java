package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.reading.DeclarationSites;
import com.mastertrade.metrics.processor.reading.DeclarationSites.Declaration;
import com.mastertrade.metrics.processor.reading.NamedSchema;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the dashboards, alert groups, queries and scrape configs declared on types of their own and
 * hands each schema those that name it. Like schemas, the types are kept by qualified name and
 * looked up again each round: one whose {@code schema = X.class} javac has not resolved yet waits
 * for the round in which {@code X} is generated.
 */
final class DeclarationFiles {
  private final Elements elements;

  /** Types with declarations not resolved yet, by qualified name. */
  private final Set<String> pending = new TreeSet<>();

  /** The declaration types of each schema, both by qualified name. */
  private final Map<String, Set<String>> bySchema = new HashMap<>();

  /**
   * Schemas not to generate, by qualified name: each is named by, or encloses, a declaration type
   * with a rejected declaration, so its artifacts would lack what that type declares.
   */
  private final Set<String> withheld = new TreeSet<>();

  /** Whether a declaration type naming no schema was rejected: its schema cannot be known. */
  private boolean schemaUnknown;

  DeclarationFiles(Elements elements) {
    this.elements = elements;
  }

  /** Notes this round's types that carry a declaration annotation. */
  void collect(RoundEnvironment round) {
    for (String annotation : AnnotationNames.DECLARATIONS) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type != null) {
        ElementFilter.typesIn(round.getElementsAnnotatedWith(type))
            .forEach(holder -> pending.add(holder.getQualifiedName().toString()));
      }
    }
  }

  /**
   * Assigns the pending declarations to their schemas and reports those that cannot have one.
   *
   * @param done the schemas processed in earlier rounds
   * @param current the schemas about to be processed this round, deferred ones included
   */
  List<Diagnostic> resolve(Set<String> done, Set<String> current) {
    List<Diagnostic> errors = new ArrayList<>();
    for (String name : List.copyOf(pending)) {
      TypeElement holder = elements.getTypeElement(name);
      List<Declaration> declarations = holder == null ? List.of() : DeclarationSites.on(holder);
      if (declarations.stream().anyMatch(d -> d.schema() instanceof NamedSchema.Unresolved)) {
        continue;
      }
      pending.remove(name);
      Optional<TypeElement> enclosing = DeclarationSites.enclosingSchema(holder);
      List<Diagnostic> rejected = new ArrayList<>();
      for (Declaration declaration : declarations) {
        if (enclosing.isPresent()) {
          checkNested(holder, enclosing.get(), declaration).ifPresent(rejected::add);
        } else {
          assign(holder, declaration, done, current).ifPresent(rejected::add);
        }
      }
      if (!rejected.isEmpty()) {
        withhold(enclosing, declarations);
        errors.addAll(rejected);
      }
    }
    return errors;
  }

  /**
   * Whether {@code schema} must not be generated because a declaration type that belongs to it was
   * rejected. A rejected type that names no schema (or a type that is not one) withholds every
   * schema: which one it was written for is unknown, and none may be written without it.
   */
  boolean withholds(TypeElement schema) {
    return schemaUnknown || withheld.contains(schema.getQualifiedName().toString());
  }

  private void withhold(Optional<TypeElement> enclosing, List<Declaration> declarations) {
    enclosing.ifPresent(schema -> withheld.add(schema.getQualifiedName().toString()));
    boolean namesOne = enclosing.isPresent();
    for (Declaration declaration : declarations) {
      if (declaration.schema() instanceof NamedSchema.Named named) {
        Optional<TypeElement> schema = named.schema();
        schema.ifPresent(s -> withheld.add(s.getQualifiedName().toString()));
        namesOne |= schema.isPresent();
      }
    }
    schemaUnknown |= !namesOne;
  }

  /** The declaration types of {@code schema}, looked up again in this round. */
  List<TypeElement> of(TypeElement schema) {
    return bySchema.getOrDefault(schema.getQualifiedName().toString(), Set.of()).stream()
        .map(elements::getTypeElement)
        .toList();
  }

  /** A nested declaration is its schema's; naming another one is a mistake. */
  private static Optional<Diagnostic> checkNested(
      TypeElement holder, TypeElement schema, Declaration declaration) {
    if (declaration.schema() instanceof NamedSchema.Named named && !named.names(schema)) {
      return Optional.of(
          at(
              holder,
              declaration,
              Message.DECLARATION_SCHEMA_MISMATCH,
              declaration.simpleName(),
              holder.getSimpleName(),
              schema.getSimpleName(),
              named.type(),
              holder.getSimpleName()));
    }
    return Optional.empty();
  }

  private Optional<Diagnostic> assign(
      TypeElement holder, Declaration declaration, Set<String> done, Set<String> current) {
    String annotation = declaration.simpleName();
    if (!(declaration.schema() instanceof NamedSchema.Named named)) {
      return Optional.of(
          at(
              holder,
              declaration,
              Message.DECLARATION_WITHOUT_SCHEMA,
              annotation,
              holder.getSimpleName(),
              annotation));
    }
    Optional<TypeElement> schema = named.schema();
    if (schema.isEmpty()) {
      return Optional.of(
          at(
              holder,
              declaration,
              Message.DECLARATION_NOT_OF_A_SCHEMA,
              annotation,
              holder.getSimpleName(),
              named.type()));
    }
    String schemaName = schema.get().getQualifiedName().toString();
    // A schema processed in an earlier round still takes it: its artifacts wait for the last round.
    if (!done.contains(schemaName) && !current.contains(schemaName)) {
      return Optional.of(
          at(
              holder,
              declaration,
              Message.DECLARATION_SCHEMA_NOT_COMPILED,
              annotation,
              holder.getSimpleName(),
              schema.get().getSimpleName()));
    }
    bySchema
        .computeIfAbsent(schemaName, key -> new TreeSet<>())
        .add(holder.getQualifiedName().toString());
    return Optional.empty();
  }

  /** On the {@code schema = ...} value if written, else on the annotation. */
  private static Diagnostic at(
      TypeElement holder, Declaration declaration, Message message, Object... args) {
    return Diagnostic.on(holder, declaration.annotation(), "schema", message, args);
  }
}
