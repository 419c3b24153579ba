package com.mastertrade.metrics.evolution.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Schema (draft 2020-12) of the snapshot format, shipped in this jar as {@link #RESOURCE},
 * and validation of a document against it.
 */
public final class SnapshotFormat {
  /** The class path resource of the format's JSON Schema. */
  public static final String RESOURCE =
      "/com/mastertrade/metrics/evolution/snapshot/schema-snapshot.schema.json";

  private static final Schema SCHEMA = load();

  private SnapshotFormat() {}

  /** The JSON Schema's text. */
  public static String schemaText() {
    try (InputStream in = SnapshotFormat.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing class path resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every violation of the format in {@code document}, as {@code /path: message}; empty if none.
   */
  public static List<String> violations(JsonNode document) {
    List<Error> errors = SCHEMA.validate(document);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static Schema load() {
    // Messages in English whatever the default locale, so that reports are the same everywhere.
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ROOT).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    return registry.getSchema(schemaText(), InputFormat.JSON);
  }
}
