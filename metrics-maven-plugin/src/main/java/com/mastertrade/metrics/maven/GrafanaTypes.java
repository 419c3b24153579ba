package com.mastertrade.metrics.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Type-checks dashboards against the {@code Dashboard} type Grafana publishes in the npm package
 * {@code @grafana/schema}: each dashboard becomes an object literal typed as {@code Dashboard}, so
 * {@code tsc} rejects a missing required field, a wrong type or a property the type does not have.
 * The pinned packages (this plugin's {@code package-lock.json}) are installed once into the work
 * folder, from the npm registry.
 */
final class GrafanaTypes {
  private static final List<String> PROJECT_FILES =
      List.of("package.json", "package-lock.json", "tsconfig.json");

  private final ExternalTool npm;
  private final ExternalTool npx;
  private final Path work;

  GrafanaTypes(ExternalTool npm, ExternalTool npx, Path work) {
    this.npm = npm;
    this.npx = npx;
    this.work = work;
  }

  /** The tsc errors, or an empty string when every dashboard type-checks. */
  String check(List<Path> dashboards) throws IOException {
    Files.createDirectories(work);
    boolean changed = false;
    for (String name : PROJECT_FILES) {
      changed |= copyResource(name);
    }
    Path installed = work.resolve("node_modules/.package-lock.json");
    if (changed || !Files.isRegularFile(installed)) {
      List<String> ci = List.of("ci", "--no-audit", "--no-fund", "--loglevel=error");
      ExternalTool.Result result = npm.run(work, ci);
      if (!result.succeeded()) {
        return npm.commandLine(ci) + " failed (it needs the npm registry):\n" + result.output();
      }
    }
    Path generated = work.resolve("generated");
    if (Files.isDirectory(generated)) {
      try (var old = Files.list(generated)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(generated);
    for (Path dashboard : dashboards) {
      String name =
          dashboard
              .getFileName()
              .toString()
              .replaceFirst("\\.json$", "")
              .replaceAll("[^a-zA-Z0-9]", "_");
      String source =
          "// Generated from "
              + dashboard
              + " for the type check.\n"
              + "import type { Dashboard } from '@grafana/schema';\n\n"
              + "export const "
              + name.toLowerCase(Locale.ROOT)
              + ": Dashboard = "
              + Files.readString(dashboard, StandardCharsets.UTF_8)
              + ";\n";
      Files.writeString(generated.resolve(name + ".ts"), source, StandardCharsets.UTF_8);
    }
    List<String> tsc = List.of("--no-install", "tsc", "-p", "tsconfig.json");
    ExternalTool.Result result = npx.run(work, tsc);
    return result.succeeded() ? "" : result.output();
  }

  /** Copies a project file from the plugin's resources; returns whether it changed. */
  private boolean copyResource(String name) throws IOException {
    Path target = work.resolve(name);
    try (InputStream in = GrafanaTypes.class.getResourceAsStream("grafana/" + name)) {
      byte[] bytes = in.readAllBytes();
      if (Files.isRegularFile(target)
          && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        return false;
      }
      Path temporary = Files.createTempFile(work, name, ".part");
      Files.write(temporary, bytes);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      return true;
    }
  }
}
