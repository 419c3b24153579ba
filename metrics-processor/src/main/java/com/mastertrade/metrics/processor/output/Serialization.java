package com.mastertrade.metrics.processor.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.mastertrade.metrics.conventions.JsonPrinter;

/**
 * JSON and YAML written by Jackson, never by string concatenation. Writers build trees in the order
 * they want the keys, so output is deterministic and diffs stay small.
 */
public final class Serialization {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              // A string that reads as a number ("1") stays a string: Kubernetes label values.
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              // Long PromQL stays on one line, as people write and grep it.
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());

  private Serialization() {}

  public static ObjectNode object() {
    return JsonPrinter.object();
  }

  /** In the layout every JSON file of the toolkit has: see {@link JsonPrinter}. */
  public static String json(JsonNode tree) {
    return JsonPrinter.print(tree);
  }

  /** Reads back YAML a writer produced, to wrap it in another format. */
  public static JsonNode readYaml(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String yaml(JsonNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
