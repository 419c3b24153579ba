package com.mastertrade.metrics.evolution.cli;

import com.mastertrade.metrics.evolution.compare.CompatibilityReport;
import com.mastertrade.metrics.evolution.compare.SchemaComparator;
import com.mastertrade.metrics.evolution.report.CompatibilityFailure;
import com.mastertrade.metrics.evolution.report.CompatibilityJsonWriter;
import com.mastertrade.metrics.evolution.report.CompatibilityMarkdownWriter;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SnapshotFormatException;
import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Compares a schema snapshot with its baseline, writes the Markdown and JSON reports, and exits 1
 * listing every unacknowledged breaking change with its impact; 2 on bad arguments or input.
 *
 * <pre>
 * compare --baseline baseline.json --current schema-snapshot.json
 *         [--markdown report.md] [--json report.json]
 * </pre>
 */
public final class CompareMain {
  private CompareMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns its exit code, for callers that must not exit the JVM. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Arguments arguments =
          Arguments.parse(
              args, Set.of("--baseline", "--current", "--markdown", "--json"), Set.of());
      Path baselineFile = Path.of(arguments.required("--baseline"));
      Path currentFile = Path.of(arguments.required("--current"));
      SchemaSnapshot baseline = SnapshotReader.read(baselineFile);
      SchemaSnapshot current = SnapshotReader.read(currentFile);
      CompatibilityReport report = SchemaComparator.compare(baseline, current);
      write(arguments.options.get("--markdown"), CompatibilityMarkdownWriter.write(report));
      write(arguments.options.get("--json"), CompatibilityJsonWriter.write(report));
      if (!report.passed()) {
        err.println("ERROR: " + CompatibilityFailure.message(report));
        String markdown = arguments.options.get("--markdown");
        if (markdown != null) {
          err.println("Full report: " + markdown);
        }
        return 1;
      }
      return 0;
    } catch (Arguments.UsageException e) {
      err.println("ERROR: " + e.getMessage());
      err.println("usage: compare --baseline FILE --current FILE [--markdown FILE] [--json FILE]");
      return 2;
    } catch (NoSuchFileException e) {
      err.println("ERROR: no such file: " + e.getFile());
      return 2;
    } catch (SnapshotFormatException | IOException e) {
      err.println("ERROR: " + e.getMessage());
      return 2;
    }
  }

  private static void write(String file, String text) throws IOException {
    if (file != null) {
      Path path = Path.of(file);
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, text, StandardCharsets.UTF_8);
    }
  }
}
