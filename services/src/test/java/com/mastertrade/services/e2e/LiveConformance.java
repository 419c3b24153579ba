package com.mastertrade.services.e2e;

import com.mastertrade.metrics.evolution.live.ConformanceReport;
import com.mastertrade.metrics.evolution.live.ExpositionFormat;
import com.mastertrade.metrics.evolution.live.LiveCheck;
import com.mastertrade.metrics.evolution.live.Scraper;
import com.mastertrade.metrics.evolution.live.ServiceConformance;
import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live conformance check of the six running services against the committed schema snapshot,
 * each scraped in one exposition format: mismatches per service and the coverage of the schema over
 * all of them.
 */
final class LiveConformance {
  private LiveConformance() {}

  static ConformanceReport check(Path root, Map<String, Integer> ports, ExpositionFormat format)
      throws IOException, InterruptedException {
    LiveCheck check =
        new LiveCheck(SnapshotReader.read(root.resolve("generated-docs/schema-snapshot.json")));
    Scraper scraper = new Scraper(Duration.ofSeconds(5));
    List<ServiceConformance> services = new ArrayList<>();
    for (Map.Entry<String, Integer> service : new TreeMap<>(ports).entrySet()) {
      String url = "http://127.0.0.1:" + service.getValue() + "/metrics";
      Scraper.Scraped scraped = scraper.read(url, format);
      services.add(check.check(service.getKey(), url, scraped.text(), scraped.format()));
    }
    return check.report(services);
  }
}
