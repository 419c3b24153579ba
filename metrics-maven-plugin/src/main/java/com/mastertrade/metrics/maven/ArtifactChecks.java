package com.mastertrade.metrics.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
  private final Path work;
  private final List<String> failures = new ArrayList<>();
  private final List<String> passed = new ArrayList<>();

  ArtifactChecks(
      GeneratedArtifacts generated, ArtifactFolders folders, ExternalTool promtool, Path work) {
    this.generated = generated;
    this.folders = folders;
    this.promtool = promtool;
    this.work = work;
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
    for (String path : generated.paths()) {
      ArtifactKind kind = ArtifactKind.of(path);
      if (kind == null || !folders.kinds().contains(kind)) {
        continue;
      }
      Path copy = folders.target(kind, path);
      String name = folders.display(copy);
      switch (kind) {
        case RULES -> {
          if (path.endsWith(".rules.yml")) {
            promtool(copy, name, "check", "rules", "--lint=all", "--lint-fatal");
          } else {
            promtool(copy, name, "test", "rules");
          }
        }
        case SCRAPE_CONFIG -> promtool(copy, name, "check", "config", "--lint=all", "--lint-fatal");
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
