package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The live check as a user runs it, from the command line ({@code LiveCheckMain}) or Maven ({@code
 * metrics:live-check}): read the snapshot, scrape or read every target in turn, check each against
 * the schema and report on all of them. One flow; the front ends only parse their options and
 * print.
 */
public final class LiveCheckRun {
  /**
   * A service to check.
   *
   * @param source its {@code /metrics} URL, or the file of a saved exposition
   */
  public record Target(String service, String source) {}

  private LiveCheckRun() {}

  /**
   * @throws IOException a snapshot or exposition that cannot be read or parsed, a target that does
   *     not answer; the message names the file or URL
   * @throws com.mastertrade.metrics.evolution.snapshot.SnapshotFormatException a snapshot that is
   *     not one
   */
  public static ConformanceReport run(
      Path snapshot, List<Target> targets, ExpositionFormat wanted, Duration timeout)
      throws IOException, InterruptedException {
    LiveCheck check = new LiveCheck(SnapshotReader.read(snapshot));
    Scraper scraper = new Scraper(timeout);
    List<ServiceConformance> services = new ArrayList<>();
    for (Target target : targets) {
      Scraper.Scraped scraped = scraper.read(target.source(), wanted);
      try {
        services.add(
            check.check(target.service(), target.source(), scraped.text(), scraped.format()));
      } catch (ExpositionFormatException e) {
        throw new IOException(target.source() + ": " + e.getMessage(), e);
      }
    }
    return check.report(services);
  }
}
