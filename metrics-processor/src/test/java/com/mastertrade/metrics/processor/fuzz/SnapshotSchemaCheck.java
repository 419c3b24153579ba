package com.mastertrade.metrics.processor.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The schema snapshot against the snapshot format's published JSON Schema (metrics-evolution's
 * resource, which {@code compare} validates every snapshot it reads against).
 */
final class SnapshotSchemaCheck {
  private static final Path FORMAT =
      Path.of(
          "../metrics-evolution/src/main/resources/com/mastertrade/metrics/evolution/snapshot/"
              + "schema-snapshot.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  private SnapshotSchemaCheck() {}

  static List<String> check(Path snapshot) throws IOException {
    if (!Files.exists(snapshot)) {
      return List.of();
    }
    return format().validate(JSON.readTree(snapshot.toFile())).stream()
        .map(e -> "schema-snapshot.json " + e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  private static synchronized Schema format() throws IOException {
    if (schema == null) {
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ROOT).build();
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder -> builder.schemaRegistryConfig(config));
      schema = registry.getSchema(Files.readString(FORMAT), InputFormat.JSON);
    }
    return schema;
  }
}
