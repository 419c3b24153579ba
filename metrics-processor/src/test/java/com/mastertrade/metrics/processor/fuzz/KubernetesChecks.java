package com.mastertrade.metrics.processor.fuzz;

import com.mastertrade.metrics.processor.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes manifests of an accepted schema against the published Kubernetes and Prometheus
 * Operator object schemas, with the build's own check ({@code
 * scripts/kubernetes-schema-check/check-manifests.mjs}), which also rejects names that are not
 * DNS-1123 and objects declared twice. Manifests already checked are not checked again.
 */
public final class KubernetesChecks {
  private static final Path CHECK = Path.of("../scripts/kubernetes-schema-check");
  private static final Map<String, List<String>> CHECKED = new ConcurrentHashMap<>();
  private static boolean installed;

  private KubernetesChecks() {}

  public static List<String> check(Path root) throws IOException {
    Path deploy = root.resolve("deploy/kubernetes");
    List<String> manifests = ArtifactChecks.names(deploy, ".yaml");
    if (manifests.isEmpty()) {
      return List.of();
    }
    StringBuilder key = new StringBuilder();
    for (String manifest : manifests) {
      key.append(manifest).append('\u0000').append(Files.readString(deploy.resolve(manifest)));
    }
    List<String> known = CHECKED.get(key.toString());
    if (known != null) {
      return known;
    }
    install();
    Path dir = CHECK.toAbsolutePath().normalize();
    List<String> argv =
        new ArrayList<>(
            List.of(
                "node",
                "check-manifests.mjs",
                root.resolve("kubernetes-extracted").toAbsolutePath().toString()));
    for (String manifest : manifests) {
      argv.add(deploy.resolve(manifest).toAbsolutePath().toString());
    }
    Optional<String> failed = ToolRun.failure(dir, argv);
    List<String> problems =
        failed.map(f -> List.of("Kubernetes schemas: " + f)).orElse(List.of());
    CHECKED.put(key.toString(), problems);
    return problems;
  }

  /** The pinned packages of the check, as check-manifests.sh installs them. */
  private static synchronized void install() throws IOException {
    if (installed) {
      return;
    }
    Path dir = CHECK.toAbsolutePath().normalize();
    if (!Files.exists(dir.resolve("node_modules/.package-lock.json"))
        || Files.getLastModifiedTime(dir.resolve("node_modules/.package-lock.json"))
                .compareTo(Files.getLastModifiedTime(dir.resolve("package-lock.json")))
            < 0) {
      Optional<String> failed =
          ToolRun.failure(
              dir, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
      if (failed.isPresent()) {
        throw new IOException("npm ci in " + dir + " failed: " + failed.get());
      }
    }
    installed = true;
  }
}
