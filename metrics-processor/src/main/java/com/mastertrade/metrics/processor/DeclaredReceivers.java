package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.declarations.AlertingModel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;

/**
 * The receivers the {@code @Alerting} declarations of one compilation declare, gathered as each
 * schema's declarations are read: an option naming a receiver is for whichever schema declares
 * it, so only once every schema is read can an option be said to name none. Kept as names, since
 * types are not kept across rounds.
 */
final class DeclaredReceivers {
  private final Set<String> schemas = new HashSet<>();
  private final Set<String> read = new HashSet<>();
  private final Set<String> receivers = new TreeSet<>();
  private final Set<String> alertingTypes = new TreeSet<>();
  private boolean strayDeclarations;

  /** A schema of the compilation, read or not. */
  void schema(String qualifiedName) {
    schemas.add(qualifiedName);
  }

  /** A declaration naming no schema it can belong to: its receivers are not known. */
  void strayDeclaration() {
    strayDeclarations = true;
  }

  /** The declarations of {@code schema} were read. */
  void read(String schema, Optional<AlertingModel> alerting) {
    read.add(schema);
    alerting.ifPresent(
        declared -> {
          declared.receivers().forEach(receiver -> receivers.add(receiver.name()));
          if (declared.origin().element() instanceof TypeElement type) {
            alertingTypes.add(type.getQualifiedName().toString());
          }
        });
  }

  /**
   * Every receiver declared, or empty while a schema or declaration was not read: one with errors
   * of its own, whose receivers an option may well name.
   */
  Optional<Set<String>> all() {
    if (strayDeclarations || !read.containsAll(schemas)) {
      return Optional.empty();
    }
    return Optional.of(Set.copyOf(receivers));
  }

  /** The first type, by qualified name, that carries an {@code @Alerting}: where options are told. */
  Optional<String> firstAlertingType() {
    return alertingTypes.stream().findFirst();
  }
}
