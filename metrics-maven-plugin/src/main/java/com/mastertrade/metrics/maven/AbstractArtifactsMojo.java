package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.conventions.ArtifactKind;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code sync} and {@code check} share: where the artifacts come from and where they go. */
abstract class AbstractArtifactsMojo extends AbstractMojo {
  /** Where the processor wrote {@code <namespace>/artifacts.txt} and the artifacts. */
  @Parameter(
      property = "metrics.generatedDirectory",
      defaultValue = "${project.build.outputDirectory}/metrics")
  File generatedDirectory;

  /** The schema's namespace; needed only when the module compiles more than one schema. */
  @Parameter(property = "metrics.namespace")
  String namespace;

  /** The folder under which each kind without a folder of its own goes, in its default folder. */
  @Parameter(property = "metrics.directory", defaultValue = "${project.basedir}")
  File directory;

  /** The Markdown docs and PromQL examples; default {@code <directory>/generated-docs}. */
  @Parameter File docs;

  /** The Grafana dashboards; default {@code <directory>/dashboards}. */
  @Parameter File dashboards;

  /** The rule files and their tests; default {@code <directory>/alerts}. */
  @Parameter File rules;

  /** The scrape configuration, which loads the rule files by relative path: keep it beside them. */
  @Parameter File scrapeConfig;

  /** The Kubernetes manifests; default {@code <directory>/deploy/kubernetes}. */
  @Parameter File kubernetes;

  /**
   * Grafana's dashboard provisioning; default {@code
   * <directory>/deploy/grafana/provisioning/dashboards}.
   */
  @Parameter File grafanaProvisioning;

  /**
   * Grafana's data source provisioning; default {@code
   * <directory>/deploy/grafana/provisioning/datasources}.
   */
  @Parameter File grafanaDatasources;

  /**
   * The kinds the project keeps: {@code docs}, {@code dashboards}, {@code rules}, {@code
   * scrapeConfig}, {@code kubernetes}, {@code grafanaProvisioning}, {@code grafanaDatasources}; all when empty. Leave out a
   * kind the processor writes into a folder itself ({@code -Ametrics.<kind>=<folder>}).
   */
  @Parameter List<String> kinds;

  /** Globs, relative to {@code directory}, of files in those folders that are not generated. */
  @Parameter List<String> excludes;

  @Parameter(property = "metrics.skip", defaultValue = "false")
  boolean skip;

  GeneratedArtifacts generated() throws MojoExecutionException {
    try {
      return GeneratedArtifacts.read(generatedDirectory.toPath(), namespace);
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  ArtifactFolders folders() throws MojoExecutionException {
    Map<ArtifactKind, Path> overrides = new EnumMap<>(ArtifactKind.class);
    put(overrides, ArtifactKind.DOCS, docs);
    put(overrides, ArtifactKind.DASHBOARDS, dashboards);
    put(overrides, ArtifactKind.RULES, rules);
    put(overrides, ArtifactKind.SCRAPE_CONFIG, scrapeConfig);
    put(overrides, ArtifactKind.KUBERNETES, kubernetes);
    put(overrides, ArtifactKind.GRAFANA_PROVISIONING, grafanaProvisioning);
    put(overrides, ArtifactKind.GRAFANA_DATASOURCES, grafanaDatasources);
    Set<ArtifactKind> kept = EnumSet.allOf(ArtifactKind.class);
    if (kinds != null && !kinds.isEmpty()) {
      kept.clear();
      try {
        kinds.forEach(kind -> kept.add(ArtifactKind.named(kind)));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException(e.getMessage(), e);
      }
    }
    return new ArtifactFolders(
        directory.toPath(), overrides, kept, excludes == null ? List.of() : excludes);
  }

  private static void put(Map<ArtifactKind, Path> overrides, ArtifactKind kind, File folder) {
    if (folder != null) {
      overrides.put(kind, folder.toPath());
    }
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping: metrics.skip is set");
      return;
    }
    try {
      run(new ArtifactSync(generated(), folders()));
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  abstract void run(ArtifactSync sync)
      throws IOException, MojoExecutionException, MojoFailureException;
}
