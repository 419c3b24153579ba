package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.conventions.ArtifactManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proves the project's copies of the artifacts with tools this project did not write: {@code
 * promtool check rules --lint=all --lint-fatal} on every rule file, {@code promtool test rules} on
 * every rule test file, {@code promtool check config --lint=all --lint-fatal} on the scrape
 * configuration, {@code promtool check rules} on every PromQL expression of the docs and
 * dashboards, the dashboards' layout, and optionally Grafana's published types.
 */
final class ArtifactChecks {
  private final GeneratedArtifacts generated;
  private final ArtifactFolders folders;
  private final ExternalTool promtool;
  private final Optional<AlertmanagerChecks> alertmanager;
  private final Path work;
  private final List<String> failures = new ArrayList<>();
  private final List<String> passed = new ArrayList<>();
  private boolean scrapeConfig = true;

  ArtifactChecks(
      GeneratedArtifacts generated, ArtifactFolders folders, ExternalTool promtool, Path work) {
    this(generated, folders, promtool, Optional.empty(), work);
  }

  /** With {@code amtool}, the Alertmanager configuration and its route cases are checked too. */
  ArtifactChecks(
      GeneratedArtifacts generated,
      ArtifactFolders folders,
      ExternalTool promtool,
      Optional<ExternalTool> amtool,
      Path work) {
    this.generated = generated;
    this.folders = folders;
    this.promtool = promtool;
    this.alertmanager = amtool.map(AlertmanagerChecks::new);
    this.work = work;
  }

  /** Leaves the scrape config out: it is written for another Prometheus than promtool's. */
  void skipScrapeConfig() {
    scrapeConfig = false;
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  /** One line per check that passed, for the build log. */
  List<String> passed() {
    return List.copyOf(passed);
  }

  void run() throws IOException {
    PromqlExpressions expressions = new PromqlExpressions();
    DashboardLayout layout = new DashboardLayout();
    for (ArtifactManifest.Entry entry : generated.entries()) {
      ArtifactKind kind = entry.kind();
      String path = entry.path();
      if (!folders.kinds().contains(kind)) {
        continue;
      }
      Path copy = folders.target(kind, path);
      String name = folders.display(copy);
      switch (kind) {
        case RULES -> {
          if (path.endsWith(".rules.yml")) {
            promtool(copy, name, "check", "rules", "--lint=all", "--lint-fatal");
          } else if (path.endsWith("/" + AlertmanagerChecks.CONFIG)) {
            if (alertmanager.isPresent()) {
              alertmanager.get().checkConfig(copy, name, passed, failures);
            }
          } else if (path.endsWith("/" + AlertmanagerChecks.ROUTE_CASES)) {
            if (alertmanager.isPresent()) {
              alertmanager.get().testRoutes(copy, name, passed, failures);
            }
          } else if (path.endsWith(".test.yml")) {
            promtool(copy, name, "test", "rules");
          }
          // The notification templates are read by the configuration check that loads them.
        }
        case SCRAPE_CONFIG -> {
          if (scrapeConfig) {
            promtool(copy, name, "check", "config", "--lint=all", "--lint-fatal");
          }
        }
        case DOCS -> {
          if (path.endsWith(".md")) {
            expressions.addMarkdown(copy, name);
          } else if (path.endsWith(".promql")) {
            expressions.addPromqlFile(copy, name);
          }
        }
        case DASHBOARDS -> {
          expressions.addDashboard(copy, name);
          layout.check(copy, name);
        }
        default -> {}
      }
    }
    parse(expressions);
    if (layout.errors().isEmpty()) {
      passed.add(
          "dashboards: unique uids and panel ids, no overlapping panels, all on $datasource");
    } else {
      failures.add("dashboard layout:\n  " + String.join("\n  ", layout.errors()));
    }
  }

  private void promtool(Path file, String name, String... command) throws IOException {
    List<String> arguments = new ArrayList<>(List.of(command));
    arguments.add(file.getFileName().toString());
    ExternalTool.Result result = promtool.run(file.getParent(), arguments);
    if (result.succeeded()) {
      passed.add(promtool.commandLine(arguments) + " (" + name + ")");
    } else {
      failures.add(
          promtool.commandLine(arguments) + " failed on " + name + ":\n" + result.output().strip());
    }
  }

  private void parse(PromqlExpressions expressions) throws IOException {
    if (expressions.all().isEmpty()) {
      return;
    }
    Files.createDirectories(work);
    Path rules = work.resolve("promql-parse-check.rules.yml");
    Files.writeString(rules, expressions.ruleFile(), StandardCharsets.UTF_8);
    List<String> arguments = List.of("check", "rules", rules.getFileName().toString());
    ExternalTool.Result result = promtool.run(work, arguments);
    if (result.succeeded()) {
      passed.add(
          "promtool parses all "
              + expressions.all().size()
              + " PromQL expressions of the docs and dashboards");
    } else {
      failures.add(
          "these PromQL expressions do not parse:\n  "
              + String.join("\n  ", expressions.named(result.output()))
              + "\n"
              + result.output().strip());
    }
  }
}
