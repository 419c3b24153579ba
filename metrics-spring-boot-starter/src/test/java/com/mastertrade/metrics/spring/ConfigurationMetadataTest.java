package com.mastertrade.metrics.spring;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The IDE metadata Spring's configuration processor wrote for the starter's properties. */
class ConfigurationMetadataTest {
  @Test
  void everyPropertyHasItsTypeDefaultAndDescription() throws Exception {
    JsonNode metadata;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> properties = new TreeMap<>();
    metadata.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));

    assertThat(properties.keySet())
        .containsExactly(
            "mastertrade.metrics.fail-on-meter-collision",
            "mastertrade.metrics.http.enabled",
            "mastertrade.metrics.http.excluded-paths",
            "mastertrade.metrics.http.routes",
            "mastertrade.metrics.http.unmatched-patterns");
    properties.values().forEach(p -> assertThat(p.get("description").asText()).isNotEmpty());
    assertThat(properties.get("mastertrade.metrics.http.enabled").get("defaultValue").asBoolean())
        .isTrue();
    assertThat(properties.get("mastertrade.metrics.http.routes").get("type").asText())
        .isEqualTo("com.mastertrade.metrics.spring.MetricsProperties$RouteSource");
  }
}
