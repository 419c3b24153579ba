package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.conventions.ArtifactManifest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails when the project's copies of the artifacts are stale, naming every stale file and the
 * command that refreshes them; then proves the copies with promtool (rules, rule tests, scrape
 * config, every PromQL expression), the dashboards' layout and optionally Grafana's types.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractArtifactsMojo {
  /** Refresh stale copies, as {@code sync} does, instead of failing. */
  @Parameter(property = "metrics.refresh", defaultValue = "false")
  boolean refresh;

  /** The command the failure message gives for refreshing the copies. */
  @Parameter(
      property = "metrics.refreshCommand",
      defaultValue = "mvn process-classes -Dmetrics.refresh=true")
  String refreshCommand;

  /** Check staleness only. */
  @Parameter(property = "metrics.skipTools", defaultValue = "false")
  boolean skipTools;

  /** The promtool executable; found on the PATH when not set. */
  @Parameter(property = "metrics.promtool")
  String promtool;

  /**
   * Check the scrape config with promtool; off where the config is written for another Prometheus
   * than this promtool's (a 3.5 config has settings promtool 2.42 does not know).
   */
  @Parameter(property = "metrics.checkScrapeConfig", defaultValue = "true")
  boolean checkScrapeConfig;

  /** Fail, rather than warn and skip the tool checks, when promtool cannot be found. */
  @Parameter(property = "metrics.requirePromtool", defaultValue = "false")
  boolean requirePromtool;

  /**
   * The amtool executable, for the Alertmanager configuration and its route cases; found on the
   * PATH when not set, and those checks skipped with a warning when it is not there.
   */
  @Parameter(property = "metrics.amtool")
  String amtool;

  /** Type-check the dashboards against Grafana's published types (needs npm and its registry). */
  @Parameter(property = "metrics.grafanaTypeCheck", defaultValue = "false")
  boolean grafanaTypeCheck;

  /** The npm executable, for the Grafana type check; found on the PATH when not set. */
  @Parameter(property = "metrics.npm")
  String npm;

  /** Where the checks write their temporary files and the type check its npm packages. */
  @Parameter(defaultValue = "${project.build.directory}/metrics-check", readonly = true)
  File workDirectory;

  @Override
  void run(ArtifactSync sync) throws IOException, MojoExecutionException, MojoFailureException {
    List<String> stale = sync.stale();
    if (!stale.isEmpty()) {
      if (!refresh) {
        throw new MojoFailureException(
            "Committed metrics artifacts are stale, they no longer match the schema:\n  "
                + String.join("\n  ", stale)
                + "\nRefresh them with: "
                + refreshCommand);
      }
      sync.sync().forEach(change -> getLog().info(change));
    }
    getLog().info("Artifacts match the processor's output");
    if (!skipTools) {
      tools();
    }
  }

  private void tools() throws IOException, MojoExecutionException, MojoFailureException {
    Optional<ExternalTool> found = ExternalTool.find(promtool, "promtool");
    if (found.isEmpty()) {
      String message =
          (promtool == null || promtool.isBlank()
                  ? "promtool is not on the PATH"
                  : "promtool is not executable at " + promtool)
              + ": the rules, rule tests, scrape config and PromQL were not checked. Install"
              + " Prometheus' promtool (Debian: apt-get install prometheus) or set"
              + " -Dmetrics.promtool=/path/to/promtool";
      if (requirePromtool) {
        throw new MojoExecutionException(message);
      }
      getLog().warn(message);
    } else {
      Optional<ExternalTool> amtoolFound = ExternalTool.find(amtool, "amtool");
      if (amtoolFound.isEmpty()) {
        getLog()
            .warn(
                "amtool is not on the PATH: the Alertmanager configuration and its routes were not"
                    + " checked. Install it (Debian: apt-get install prometheus-alertmanager) or"
                    + " set -Dmetrics.amtool=/path/to/amtool");
      }
      ArtifactChecks checks =
          new ArtifactChecks(
              generated(), folders(), found.get(), amtoolFound, workDirectory.toPath());
      if (!checkScrapeConfig) {
        checks.skipScrapeConfig();
      }
      checks.run();
      checks.passed().forEach(line -> getLog().info(line));
      fail(checks.failures());
    }
    if (grafanaTypeCheck) {
      grafana();
    }
  }

  private void grafana() throws IOException, MojoExecutionException, MojoFailureException {
    Optional<ExternalTool> npmTool = ExternalTool.find(npm, "npm");
    Optional<ExternalTool> npxTool =
        npm == null || npm.isBlank()
            ? ExternalTool.find(null, "npx")
            : ExternalTool.find(Path.of(npm).resolveSibling("npx").toString(), "npx");
    if (npmTool.isEmpty() || npxTool.isEmpty()) {
      throw new MojoExecutionException(
          "grafanaTypeCheck needs npm and npx (Debian: apt-get install npm), or -Dmetrics.npm=...");
    }
    ArtifactFolders folders = folders();
    List<Path> dashboards = new ArrayList<>();
    for (ArtifactManifest.Entry entry : generated().entries()) {
      if (entry.kind() == ArtifactKind.DASHBOARDS
          && folders.kinds().contains(ArtifactKind.DASHBOARDS)) {
        dashboards.add(folders.target(ArtifactKind.DASHBOARDS, entry.path()));
      }
    }
    if (dashboards.isEmpty()) {
      return;
    }
    String errors =
        new GrafanaTypes(npmTool.get(), npxTool.get(), workDirectory.toPath().resolve("grafana"))
            .check(dashboards);
    fail(
        errors.isEmpty()
            ? List.of()
            : List.of("Grafana's Dashboard type rejects:\n" + errors.strip()));
    getLog().info("Grafana's Dashboard type accepts " + dashboards.size() + " dashboards");
  }

  private static void fail(List<String> failures) throws MojoFailureException {
    if (!failures.isEmpty()) {
      throw new MojoFailureException(String.join("\n", failures));
    }
  }
}
