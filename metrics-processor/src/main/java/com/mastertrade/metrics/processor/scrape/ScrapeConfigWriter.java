package com.mastertrade.metrics.processor.scrape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import java.util.List;

/**
 * Writes {@code prometheus.yml} next to the rule files it loads: one job per service, so that
 * Prometheus' {@code up{job="..."}} says whether that service answers, even when it is dead.
 */
public final class ScrapeConfigWriter {
  public GeneratedResource write(ScrapeConfigModel config, List<AlertGroupModel> groups) {
    ObjectNode file = Serialization.object();
    ObjectNode global = file.putObject("global");
    global.put("scrape_interval", config.scrapeInterval());
    global.put("evaluation_interval", config.evaluationInterval());
    ArrayNode ruleFiles = file.putArray("rule_files");
    groups.forEach(group -> ruleFiles.add(ArtifactPaths.ruleFile(group.name())));
    ArrayNode jobs = file.putArray("scrape_configs");
    for (TargetModel target : config.targets()) {
      ObjectNode job = jobs.addObject();
      job.put("job_name", target.job());
      job.put("metrics_path", "/metrics");
      job.putArray("static_configs")
          .addObject()
          .putArray("targets")
          .add(target.host() + ":" + target.port());
    }
    return new GeneratedResource(ArtifactPaths.SCRAPE_CONFIG, Serialization.yaml(file));
  }
}
