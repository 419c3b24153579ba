package com.mastertrade.metrics.evolution.cli;

import com.mastertrade.metrics.evolution.live.ConformanceJsonWriter;
import com.mastertrade.metrics.evolution.live.ConformanceReport;
import com.mastertrade.metrics.evolution.live.ConformanceTextWriter;
import com.mastertrade.metrics.evolution.live.ExpositionFormat;
import com.mastertrade.metrics.evolution.live.LiveCheckRun;
import com.mastertrade.metrics.evolution.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scrapes each service's {@code /metrics} (or reads a saved exposition) and checks it against a
 * schema snapshot. Exits 0 if nothing contradicts the schema, 1 on a mismatch (or, with {@code
 * --require-full-coverage}, on a declared metric no service exposes), 2 on bad arguments or
 * unreadable input.
 *
 * <pre>
 * live-check --snapshot schema-snapshot.json [--format openmetrics|text] [--json]
 *            [--require-full-coverage] [--timeout-seconds N] NAME=URL|FILE ...
 * </pre>
 */
public final class LiveCheckMain {
  private static final String USAGE =
      "usage: live-check --snapshot FILE [--format openmetrics|text] [--json]"
          + " [--require-full-coverage] [--timeout-seconds N] NAME=URL|FILE ...";

  private LiveCheckMain() {}

  public static void main(String[] args) throws InterruptedException {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns its exit code, for callers that must not exit the JVM. */
  public static int run(String[] args, PrintStream out, PrintStream err)
      throws InterruptedException {
    try {
      Arguments arguments =
          Arguments.parse(
              args,
              Set.of("--snapshot", "--format", "--timeout-seconds"),
              Set.of("--json", "--require-full-coverage"));
      if (arguments.positional.isEmpty()) {
        throw new Arguments.UsageException("name at least one NAME=URL|FILE to check");
      }
      ExpositionFormat wanted = format(arguments.options.getOrDefault("--format", "openmetrics"));
      Duration timeout =
          Duration.ofSeconds(
              Long.parseLong(arguments.options.getOrDefault("--timeout-seconds", "5")));
      List<LiveCheckRun.Target> targets = new ArrayList<>();
      for (String target : arguments.positional) {
        int eq = target.indexOf('=');
        targets.add(
            new LiveCheckRun.Target(
                eq > 0 ? target.substring(0, eq) : target,
                eq > 0 ? target.substring(eq + 1) : target));
      }
      ConformanceReport report =
          LiveCheckRun.run(Path.of(arguments.required("--snapshot")), targets, wanted, timeout);
      out.print(
          arguments.flag("--json")
              ? ConformanceJsonWriter.write(report)
              : ConformanceTextWriter.write(report));
      return report.passed(arguments.flag("--require-full-coverage")) ? 0 : 1;
    } catch (Arguments.UsageException | NumberFormatException e) {
      err.println("ERROR: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (NoSuchFileException e) {
      err.println("ERROR: no such file: " + e.getFile());
      return 2;
    } catch (SnapshotFormatException | IOException e) {
      err.println("ERROR: " + e.getMessage());
      return 2;
    }
  }

  private static ExpositionFormat format(String name) {
    try {
      return ExpositionFormat.named(name);
    } catch (IllegalArgumentException e) {
      throw new Arguments.UsageException("--" + e.getMessage());
    }
  }
}
