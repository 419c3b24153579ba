package com.mastertrade.metrics.evolution.live;

import java.util.List;

/** The live check's report for people: per service its coverage and findings, then the total. */
public final class ConformanceTextWriter {
  private ConformanceTextWriter() {}

  public static String write(ConformanceReport report) {
    StringBuilder out = new StringBuilder();
    int declared = report.declared().size();
    out.append("Live check against ")
        .append(report.schema())
        .append(": ")
        .append(declared)
        .append(" declared metrics, ")
        .append(report.services().size())
        .append(report.services().size() == 1 ? " service" : " services")
        .append(".\n");
    for (ServiceConformance service : report.services()) {
      out.append('\n')
          .append(service.service())
          .append(" (")
          .append(service.source())
          .append(", ")
          .append(service.format() == ExpositionFormat.OPENMETRICS ? "OpenMetrics" : "text 0.0.4")
          .append("): ")
          .append(Coverage.describe(service.exposed().size(), declared))
          .append(" exposed, ")
          .append(service.series())
          .append(" series");
      if (service.format() == ExpositionFormat.OPENMETRICS) {
        out.append(", ")
            .append(service.exemplars())
            .append(service.exemplars() == 1 ? " exemplar" : " exemplars");
      }
      out.append('\n');
      for (Finding finding : service.findings()) {
        out.append(finding.kind().mismatch() ? "  MISMATCH " : "  WARNING  ")
            .append(finding.kind().title())
            .append(": ")
            .append(finding.family())
            .append(": ")
            .append(finding.detail())
            .append('\n');
      }
      list(out, "  not exposed: ", service.notExposed());
    }
    out.append("\nCoverage over all services: ")
        .append(Coverage.describe(report.exposedAnywhere().size(), declared))
        .append('\n');
    list(out, "  exposed by no service: ", report.notExposedAnywhere());
    int mismatches = report.mismatchCount();
    out.append(
        mismatches == 0
            ? "Result: PASSED, no mismatch\n"
            : "Result: FAILED, "
                + mismatches
                + (mismatches == 1 ? " mismatch\n" : " mismatches\n"));
    return out.toString();
  }

  private static void list(StringBuilder out, String prefix, List<String> names) {
    if (!names.isEmpty()) {
      out.append(prefix).append(String.join(", ", names)).append('\n');
    }
  }
}
