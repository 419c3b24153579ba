package com.mastertrade.services.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The committed {@code alerts/alertmanager.yml} and its templates, copied into a folder of the
 * test's own with what a deployment changes: the addresses of the alert system, PagerDuty and the
 * SMTP relay pointed at the test's stand-ins, the secrets written to the files the configuration
 * names, and the timings of each route shortened or kept as the test says.
 */
public final class GeneratedAlertmanagerConfig {
  private static final Path ALERTS = Path.of("..", "alerts");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final ObjectNode root;
  private final Map<String, String> secrets = new HashMap<>();

  private GeneratedAlertmanagerConfig(ObjectNode root) {
    this.root = root;
  }

  public static GeneratedAlertmanagerConfig read() throws IOException {
    return new GeneratedAlertmanagerConfig(
        (ObjectNode) YAML.readTree(ALERTS.resolve("alertmanager.yml").toFile()));
  }

  public JsonNode tree() {
    return root;
  }

  /** Applies {@code change} to the root route and to every route beneath it. */
  public GeneratedAlertmanagerConfig eachRoute(Consumer<ObjectNode> change) {
    visit((ObjectNode) root.get("route"), change);
    return this;
  }

  /** Applies {@code change} to every integration of {@code kind}, e.g. {@code webhook_configs}. */
  public GeneratedAlertmanagerConfig each(String kind, Consumer<ObjectNode> change) {
    for (JsonNode receiver : root.get("receivers")) {
      JsonNode configs = receiver.get(kind);
      if (configs != null) {
        configs.forEach(config -> change.accept((ObjectNode) config));
      }
    }
    return this;
  }

  /** The secret to write to each file a configuration names, e.g. {@code routing_key_file}. */
  public GeneratedAlertmanagerConfig secret(String file, String value) {
    secrets.put(file, value);
    return this;
  }

  /** Writes the configuration, its templates and the secrets into {@code dir}. */
  public Path writeTo(Path dir) throws IOException {
    for (JsonNode template : root.withArray("templates")) {
      Files.copy(ALERTS.resolve(template.asText()), dir.resolve(template.asText()));
    }
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      Path file = dir.resolve(secret.getKey());
      Files.createDirectories(file.getParent());
      // No line break: Alertmanager 0.25 sends an SMTP password file's trailing newline as part
      // of the password (it trims the other secret files).
      Files.writeString(file, secret.getValue());
    }
    Path config = dir.resolve("alertmanager.yml");
    Files.writeString(config, YAML.writeValueAsString(root));
    return config;
  }

  private static void visit(ObjectNode route, Consumer<ObjectNode> change) {
    change.accept(route);
    JsonNode children = route.get("routes");
    if (children != null) {
      children.forEach(child -> visit((ObjectNode) child, change));
    }
  }
}
