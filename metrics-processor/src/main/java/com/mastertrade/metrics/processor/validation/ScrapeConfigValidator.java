package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.model.PrometheusDuration;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.TextRules;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scrape configuration's intervals Prometheus reads, and targets whose job names, hosts and
 * ports Prometheus accepts ({@code host:port}).
 */
final class ScrapeConfigValidator implements DeclarationValidator.Check {
  /** A DNS name (RFC 1123 labels, underscores tolerated as Prometheus does) or an IPv4 address. */
  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
              + "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");

  private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+(?:%[A-Za-z0-9]+)?]");

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    // A second configuration is reported by DeclarationShapeValidator.
    List<ScrapeConfigModel> configs = declarations.scrapeConfigs();
    if (configs.isEmpty()) {
      return;
    }
    ScrapeConfigModel config = configs.get(0);
    interval(config, "scrapeInterval", config.scrapeInterval(), report);
    interval(config, "evaluationInterval", config.evaluationInterval(), report);
    for (TargetModel target : config.targets()) {
      if (target.job().isBlank() || !TextRules.isOneLine(target.job())) {
        report.add(
            Diagnostic.at(
                target.origin(),
                "job",
                Message.LINE_BREAK,
                "the job name",
                "a scrape target",
                "the job label of every series; it cannot be empty either"));
      }
      if (target.port() < 1 || target.port() > 65535) {
        report.add(
            Diagnostic.at(
                target.origin(), "port", Message.INVALID_PORT, target.port(), target.job()));
      }
      if (!HOST.matcher(target.host()).matches() && !IPV6.matcher(target.host()).matches()) {
        report.add(
            Diagnostic.at(
                target.origin(),
                "host",
                Message.INVALID_HOST,
                Names.visible(target.host()),
                Names.visible(target.job())));
      }
    }
  }

  private static void interval(
      ScrapeConfigModel config, String attribute, String value, ValidationReport.Builder report) {
    if (PrometheusDuration.millis(value).orElse(0) <= 0) {
      report.add(
          Diagnostic.at(
              config.origin(),
              attribute,
              Message.INVALID_SCRAPE_INTERVAL,
              attribute,
              Names.visible(value)));
    }
  }
}
