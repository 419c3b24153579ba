package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.evolution.live.ConformanceJsonWriter;
import com.mastertrade.metrics.evolution.live.ConformanceReport;
import com.mastertrade.metrics.evolution.live.ConformanceTextWriter;
import com.mastertrade.metrics.evolution.live.ExpositionFormat;
import com.mastertrade.metrics.evolution.live.LiveCheckRun;
import com.mastertrade.metrics.evolution.snapshot.SnapshotFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scrapes running services' {@code /metrics} (or reads saved expositions) and checks them against
 * the schema's snapshot: a metric or label the schema does not declare, a wrong type or a label
 * value outside its domain fails; optionally so does a declared metric no service exposes. Bound to
 * no phase: run it against a deployed or locally started stack.
 */
@Mojo(name = "live-check", threadSafe = true)
public class LiveCheckMojo extends AbstractMojo {
  @Parameter(property = "metrics.snapshot", required = true)
  File snapshot;

  /** Service name to its {@code /metrics} URL or a saved exposition file. */
  @Parameter(required = true)
  Map<String, String> targets;

  /** The format to ask for: {@code openmetrics} or {@code text}. */
  @Parameter(property = "metrics.format", defaultValue = "openmetrics")
  String format;

  @Parameter(property = "metrics.requireFullCoverage", defaultValue = "false")
  boolean requireFullCoverage;

  @Parameter(property = "metrics.timeoutSeconds", defaultValue = "5")
  int timeoutSeconds;

  /** Where the JSON report goes; the text report is logged. */
  @Parameter(defaultValue = "${project.build.directory}/metrics-live-check.json")
  File jsonReport;

  @Parameter(property = "metrics.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      return;
    }
    ExpositionFormat wanted;
    try {
      wanted = ExpositionFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    List<LiveCheckRun.Target> checked = new ArrayList<>();
    new TreeMap<>(targets)
        .forEach((name, source) -> checked.add(new LiveCheckRun.Target(name, source)));
    ConformanceReport report;
    try {
      report =
          LiveCheckRun.run(snapshot.toPath(), checked, wanted, Duration.ofSeconds(timeoutSeconds));
      Files.createDirectories(jsonReport.toPath().toAbsolutePath().getParent());
      Files.writeString(
          jsonReport.toPath(), ConformanceJsonWriter.write(report), StandardCharsets.UTF_8);
    } catch (SnapshotFormatException | IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while scraping", e);
    }
    String text = ConformanceTextWriter.write(report);
    if (!report.passed(requireFullCoverage)) {
      throw new MojoFailureException(text);
    }
    getLog().info(text);
  }
}
