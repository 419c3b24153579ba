package com.mastertrade.metrics.evolution.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a schema snapshot, validated against the format's JSON Schema first, so that a wrong or
 * foreign file is refused with every violation listed rather than half read.
 */
public final class SnapshotReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private SnapshotReader() {}

  public static SchemaSnapshot read(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * @param source where {@code json} comes from, for the error message
   * @throws SnapshotFormatException if it is not JSON or violates the format
   */
  public static SchemaSnapshot read(String json, String source) {
    JsonNode document;
    try {
      document = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException(source, List.of("not JSON: " + e.getOriginalMessage()));
    }
    if (document == null || document.isMissingNode()) {
      throw new SnapshotFormatException(source, List.of("empty document"));
    }
    List<String> violations = SnapshotFormat.violations(document);
    if (!violations.isEmpty()) {
      throw new SnapshotFormatException(source, violations);
    }
    try {
      return JSON.treeToValue(document, SchemaSnapshot.class);
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException(source, List.of(e.getOriginalMessage()));
    }
  }
}
