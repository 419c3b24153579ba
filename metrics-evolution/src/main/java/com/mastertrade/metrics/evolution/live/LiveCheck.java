package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live conformance check over several services: each exposition checked against the schema, and
 * the coverage of the schema's metrics over all of them.
 */
public final class LiveCheck {
  private final SchemaSnapshot schema;

  public LiveCheck(SchemaSnapshot schema) {
    this.schema = schema;
  }

  /** Parses and checks one exposition. */
  public ServiceConformance check(
      String service, String source, String text, ExpositionFormat format) {
    return ConformanceChecker.check(schema, service, source, ExpositionParser.parse(text, format));
  }

  public ConformanceReport report(List<ServiceConformance> services) {
    List<String> declared = schema.metrics().stream().map(MetricSnapshot::name).sorted().toList();
    Set<String> exposed = new TreeSet<>();
    services.forEach(s -> exposed.addAll(s.exposed()));
    List<String> nowhere = declared.stream().filter(m -> !exposed.contains(m)).toList();
    return new ConformanceReport(
        schema.schema(), declared, services, List.copyOf(exposed), nowhere);
  }
}
