package com.mastertrade.metrics.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Grafana's types cannot say about dashboards: unique uids and panel ids, panels inside the
 * 24-column grid and not on top of each other, every panel and query on the {@code $datasource}
 * variable the processor declares.
 */
final class DashboardLayout {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATASOURCE = "${datasource}";

  private final Map<String, String> uids = new HashMap<>();
  private final List<String> errors = new ArrayList<>();

  List<String> errors() {
    return List.copyOf(errors);
  }

  void check(Path dashboard, String name) throws IOException {
    JsonNode tree = JSON.readTree(dashboard.toFile());
    String uid = tree.path("uid").asText();
    String other = uids.putIfAbsent(uid, name);
    if (other != null) {
      errors.add(name + ": uid '" + uid + "' is also the uid of " + other);
    }
    List<JsonNode> panels = new ArrayList<>();
    tree.path("panels").forEach(panels::add);
    Set<String> ids = new HashSet<>();
    for (JsonNode panel : panels) {
      String id = panel.path("id").asText();
      if (!ids.add(id)) {
        errors.add(name + ": panel id " + id + " repeats");
      }
      JsonNode grid = panel.path("gridPos");
      if (grid.path("x").asInt() < 0 || grid.path("x").asInt() + grid.path("w").asInt() > 24) {
        errors.add(name + ": panel " + id + " leaves the 24-column grid");
      }
      boolean onVariable = DATASOURCE.equals(panel.path("datasource").path("uid").asText());
      for (JsonNode target : panel.path("targets")) {
        onVariable &= DATASOURCE.equals(target.path("datasource").path("uid").asText());
      }
      if (!onVariable) {
        errors.add(name + ": panel " + id + " does not query the $datasource variable");
      }
    }
    for (int i = 0; i < panels.size(); i++) {
      for (int j = i + 1; j < panels.size(); j++) {
        if (overlap(panels.get(i).path("gridPos"), panels.get(j).path("gridPos"))) {
          errors.add(
              name
                  + ": panels "
                  + panels.get(i).path("id").asText()
                  + " and "
                  + panels.get(j).path("id").asText()
                  + " overlap");
        }
      }
    }
  }

  private static boolean overlap(JsonNode a, JsonNode b) {
    return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
        && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
        && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
        && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
  }
}
