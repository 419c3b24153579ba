package com.mastertrade.metrics.evolution.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.conventions.JsonPrinter;
import java.util.List;

/** The live check's report as JSON, for tools. */
public final class ConformanceJsonWriter {
  private ConformanceJsonWriter() {}

  public static String write(ConformanceReport report) {
    ObjectNode root = JsonPrinter.object();
    root.put("schema", report.schema());
    root.put("passed", report.passed());
    root.put("mismatches", report.mismatchCount());
    ObjectNode coverage = root.putObject("coverage");
    coverage.put("declared", report.declared().size());
    coverage.put("exposed", report.exposedAnywhere().size());
    strings(coverage.putArray("notExposedAnywhere"), report.notExposedAnywhere());
    ArrayNode services = root.putArray("services");
    for (ServiceConformance service : report.services()) {
      ObjectNode node = services.addObject();
      node.put("service", service.service());
      node.put("source", service.source());
      node.put("format", service.format().name().toLowerCase(java.util.Locale.ROOT));
      node.put("series", service.series());
      node.put("exemplars", service.exemplars());
      node.put("exposedCount", service.exposed().size());
      strings(node.putArray("exposed"), service.exposed());
      strings(node.putArray("notExposed"), service.notExposed());
      ArrayNode findings = node.putArray("findings");
      for (Finding finding : service.findings()) {
        findings
            .addObject()
            .put("severity", finding.kind().mismatch() ? "mismatch" : "warning")
            .put("kind", finding.kind().name())
            .put("family", finding.family())
            .put("detail", finding.detail());
      }
      ArrayNode open = node.putArray("openLabels");
      for (OpenLabelUse use : service.openLabels()) {
        open.addObject()
            .put("metric", use.metric())
            .put("label", use.label())
            .put("distinctValues", use.distinctValues())
            .put("maxValues", use.maxValues())
            .put("overflowCount", use.overflowCount())
            .put("atBound", use.atBound());
      }
    }
    return JsonPrinter.print(root);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
