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
 * The scrape configuration's intervals Prometheus reads, and targets whose job names, hosts, ports
 * ({@code host:port}), paths and schemes Prometheus accepts.
 */
final class ScrapeConfigValidator implements DeclarationValidator.Check {
  /** A DNS name (RFC 1123 labels, underscores tolerated as Prometheus does) or an IPv4 address. */
  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
              + "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");

  /**
   * An absolute path of URL path characters (RFC 3986 pchar and '/'): no query or fragment, which
   * Prometheus' metrics_path does not take.
   */
  private static final Pattern PATH =
      Pattern.compile("/(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*");

  private static final java.util.Set<String> SCHEMES = java.util.Set.of("http", "https");

  /** A job name: a label value that needs no quoting in selectors and route tests. */
  private static final Pattern JOB = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

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
      } else if (!JOB.matcher(target.job()).matches()) {
        report.add(
            Diagnostic.at(
                target.origin(),
                "job",
                Message.INVALID_JOB_NAME,
                target.job(),
                Names.sanitize(target.job())));
      }
      if (target.port() < 1 || target.port() > 65535) {
        report.add(
            Diagnostic.at(
                target.origin(), "port", Message.INVALID_PORT, target.port(), target.job()));
      }
      if (!PATH.matcher(target.path()).matches()) {
        report.add(
            Diagnostic.at(
                target.origin(),
                "path",
                Message.INVALID_METRICS_PATH,
                Names.visible(target.path()),
                Names.visible(target.job())));
      }
      if (!SCHEMES.contains(target.scheme())) {
        report.add(
            Diagnostic.at(
                target.origin(),
                "scheme",
                Message.INVALID_SCHEME,
                Names.visible(target.scheme()),
                Names.visible(target.job())));
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
