package com.mastertrade.metrics.evolution.live;

import java.util.List;

/**
 * The live check of one service's exposition against the schema.
 *
 * @param source where the exposition was read: a URL or a file
 * @param exposed the declared metrics (family names) the service exposes with at least one series
 * @param notExposed the declared metrics it does not expose
 * @param series the exposition's series in declared families, {@code _created} samples excluded
 * @param exemplars the exemplars on those series (OpenMetrics only)
 * @param openLabels the open labels of the exposed metrics, with their use of their bound
 */
public record ServiceConformance(
    String service,
    String source,
    ExpositionFormat format,
    List<String> exposed,
    List<String> notExposed,
    long series,
    long exemplars,
    List<OpenLabelUse> openLabels,
    List<Finding> findings) {

  public ServiceConformance {
    exposed = List.copyOf(exposed);
    notExposed = List.copyOf(notExposed);
    openLabels = List.copyOf(openLabels);
    findings = List.copyOf(findings);
  }

  public List<Finding> mismatches() {
    return findings.stream().filter(f -> f.kind().mismatch()).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.kind().mismatch()).toList();
  }
}
