package com.mastertrade.metrics.processor.scrape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.NativeHistogramScraping;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import java.util.List;

/**
 * Writes {@code prometheus.yml} next to the rule files it loads: one job per service, so that
 * Prometheus' {@code up{job="..."}} says whether that service answers, even when it is dead; and,
 * where the schema keeps native histograms and the target reads the settings, protobuf first and
 * classic buckets kept ({@link NativeHistogramScraping}).
 */
public final class ScrapeConfigWriter implements ArtifactWriter {
  /** The configuration, loading every rule file; nothing without a scrape configuration. */
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    NativeHistogramScraping scraping = schema.nativeHistogramScraping();
    return schema.declarations().scrapeConfig().stream()
        .map(config -> write(config, schema.ruleFiles(), scraping))
        .toList();
  }

  private static GeneratedResource write(
      ScrapeConfigModel config, List<String> ruleFiles, NativeHistogramScraping scraping) {
    ObjectNode file = Serialization.object();
    ObjectNode global = file.putObject("global");
    global.put("scrape_interval", config.scrapeInterval());
    global.put("evaluation_interval", config.evaluationInterval());
    if (scraping.protobufFirst()) {
      ArrayNode protocols = global.putArray("scrape_protocols");
      NativeHistogramScraping.PROTOCOLS.forEach(protocols::add);
    }
    if (scraping.keepClassic()) {
      global.put("always_scrape_classic_histograms", true);
    }
    ArrayNode rules = file.putArray("rule_files");
    ruleFiles.forEach(rules::add);
    ArrayNode jobs = file.putArray("scrape_configs");
    for (TargetModel target : config.targets()) {
      ObjectNode job = jobs.addObject();
      job.put("job_name", target.job());
      job.put("metrics_path", target.path());
      if (!target.scheme().equals(ScrapeConfigModel.DEFAULT_SCHEME)) {
        job.put("scheme", target.scheme());
      }
      job.putArray("static_configs")
          .addObject()
          .putArray("targets")
          .add(target.host() + ":" + target.port());
    }
    return new GeneratedResource(ArtifactPaths.SCRAPE_CONFIG, Serialization.yaml(file));
  }
}
