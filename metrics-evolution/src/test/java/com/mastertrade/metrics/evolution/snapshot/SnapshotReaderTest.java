package com.mastertrade.metrics.evolution.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.evolution.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Snapshots are read only if the format's JSON Schema (draft 2020-12) accepts them. */
class SnapshotReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsAValidSnapshot() throws Exception {
    SchemaSnapshot shop = SnapshotReader.read(Golden.RESOURCES.resolve("live/shop-snapshot.json"));

    assertThat(shop.namespace()).isEqualTo("shop");
    MetricSnapshot requests = shop.metric("shop_http_requests").orElseThrow();
    assertThat(requests.exposedName()).isEqualTo("shop_http_requests_total");
    assertThat(requests.label("route").orElseThrow().maxValues()).isEqualTo(10);
    assertThat(shop.metric("shop_http_request_duration_seconds").orElseThrow().buckets())
        .containsExactly(0.1, 1.0, 10.0)
        .inOrder();
    assertThat(shop.usages().count()).isEqualTo(10);
  }

  @Test
  void theFormatIsItselfAValidDraft202012Schema() throws Exception {
    ObjectNode schema = (ObjectNode) JSON.readTree(SnapshotFormat.schemaText());

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    // An empty object violates it: it is a schema that constrains, not one that accepts all.
    assertThat(SnapshotFormat.violations(JSON.createObjectNode())).isNotEmpty();
  }

  @Test
  void refusesAnUnknownMetricType() throws Exception {
    SnapshotFormatException e = refused(s -> metric(s).put("type", "meter"));

    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0)).startsWith("/metrics/0/type: ");
  }

  @Test
  void refusesAnOpenLabelWithoutBound() throws Exception {
    SnapshotFormatException e =
        refused(s -> ((ObjectNode) metric(s).get("labels").get(1)).put("maxValues", 0));

    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0)).startsWith("/metrics/0/labels/1/maxValues: ");
  }

  @Test
  void refusesAMissingFieldAndAnUnknownOne() throws Exception {
    SnapshotFormatException e =
        refused(
            s -> {
              metric(s).remove("help");
              metric(s).put("colour", "red");
            });

    assertThat(e.violations()).hasSize(2);
    assertThat(String.join("\n", e.violations())).contains("help");
    assertThat(String.join("\n", e.violations())).contains("colour");
  }

  @Test
  void refusesAnotherFormatVersion() throws Exception {
    SnapshotFormatException e = refused(s -> s.put("formatVersion", 2));

    assertThat(e.violations().get(0)).startsWith("/formatVersion: ");
  }

  @Test
  void refusesWhatIsNotJson() {
    SnapshotFormatException e =
        assertThrows(SnapshotFormatException.class, () -> SnapshotReader.read("{", "broken.json"));

    assertThat(e).hasMessageThat().startsWith("broken.json is not a valid schema snapshot:");
    assertThat(e.violations().get(0)).startsWith("not JSON: ");
  }

  private interface Edit {
    void apply(ObjectNode snapshot);
  }

  private static SnapshotFormatException refused(Edit edit) throws Exception {
    ObjectNode snapshot =
        (ObjectNode) JSON.readTree(Golden.read(Path.of("live/shop-snapshot.json")));
    edit.apply(snapshot);
    String text = JSON.writeValueAsString(snapshot);
    return assertThrows(SnapshotFormatException.class, () -> SnapshotReader.read(text, "edited"));
  }

  private static ObjectNode metric(ObjectNode snapshot) {
    return (ObjectNode) snapshot.get("metrics").get(0);
  }
}
