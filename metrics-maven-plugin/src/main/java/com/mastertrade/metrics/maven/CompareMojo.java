package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.evolution.compare.CompatibilityReport;
import com.mastertrade.metrics.evolution.compare.SchemaComparator;
import com.mastertrade.metrics.evolution.report.CompatibilityFailure;
import com.mastertrade.metrics.evolution.report.CompatibilityJsonWriter;
import com.mastertrade.metrics.evolution.report.CompatibilityMarkdownWriter;
import com.mastertrade.metrics.evolution.snapshot.SnapshotFormatException;
import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the schema's snapshot with its baseline (the schema evolution check): writes the
 * Markdown and JSON compatibility reports and fails listing every breaking change that is not
 * acknowledged, with what it breaks.
 */
@Mojo(name = "compare", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompareMojo extends AbstractMojo {
  /** The snapshot of the released schema, committed with the project. */
  @Parameter(property = "metrics.baseline", required = true)
  File baseline;

  /** The snapshot of the schema as compiled now. */
  @Parameter(property = "metrics.current", required = true)
  File current;

  @Parameter(defaultValue = "${project.build.directory}/metrics-compatibility.md")
  File markdownReport;

  @Parameter(defaultValue = "${project.build.directory}/metrics-compatibility.json")
  File jsonReport;

  @Parameter(property = "metrics.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      return;
    }
    CompatibilityReport report;
    try {
      report =
          SchemaComparator.compare(
              SnapshotReader.read(baseline.toPath()), SnapshotReader.read(current.toPath()));
      write(markdownReport.toPath(), CompatibilityMarkdownWriter.write(report));
      write(jsonReport.toPath(), CompatibilityJsonWriter.write(report));
    } catch (NoSuchFileException e) {
      throw new MojoExecutionException("no such snapshot: " + e.getFile());
    } catch (SnapshotFormatException | IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (!report.passed()) {
      throw new MojoFailureException(CompatibilityFailure.message(report));
    }
    getLog().info("The schema is compatible with its baseline; report: " + markdownReport);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
