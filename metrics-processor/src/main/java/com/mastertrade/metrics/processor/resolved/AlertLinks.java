package com.mastertrade.metrics.processor.resolved;

import com.mastertrade.metrics.processor.output.ArtifactPaths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The links every alert carries: its runbook page and its first dashboard, absolute when base URLs
 * are given (the processor options, else {@code @Alerting}), else relative to the repository and
 * to Grafana.
 */
public final class AlertLinks {
  /** Where the runbook pages are written, under the docs folder. */
  public static final String FOLDER = ArtifactPaths.DOCS + "/runbooks";

  private final String runbookBase;
  private final String dashboardBase;
  private final Optional<String> traceSearchBase;

  /**
   * @param traceSearchBase the Zipkin server the latency runbooks link to; empty for none
   */
  public AlertLinks(
      Optional<String> runbookBase, Optional<String> dashboardBase, Optional<String> traceSearchBase) {
    this.runbookBase = runbookBase.orElse(FOLDER + "/");
    this.dashboardBase = dashboardBase.orElse("");
    this.traceSearchBase = traceSearchBase.filter(base -> !base.isEmpty());
  }

  /** The runbook page's file name. */
  public static String fileName(String alert) {
    return alert + ".md";
  }

  /** The runbook page under the base, whether or not the base ends in '/'. */
  public String runbookUrl(String alert) {
    return (runbookBase.endsWith("/") ? runbookBase : runbookBase + "/") + fileName(alert);
  }

  /**
   * Zipkin's search of the traces of {@code service} (a scrape job, which the services take as
   * their OpenTelemetry {@code service.name}), if a trace search base is declared.
   */
  public Optional<String> traceSearchUrl(String service) {
    return traceSearchBase.map(
        base ->
            (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/zipkin/?serviceName="
                + URLEncoder.encode(service, StandardCharsets.UTF_8));
  }

  /** Grafana's {@code /d/<uid>} under the base, whether or not the base ends in '/'. */
  public String dashboardUrl(String uid) {
    String base =
        dashboardBase.endsWith("/")
            ? dashboardBase.substring(0, dashboardBase.length() - 1)
            : dashboardBase;
    return base + "/d/" + uid;
  }
}
