package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks one service's exposition against a schema snapshot. */
public final class ConformanceChecker {
  private ConformanceChecker() {}

  public static ServiceConformance check(
      SchemaSnapshot schema, String service, String source, Exposition exposition) {
    ExpectedFamilies expected = new ExpectedFamilies(schema, exposition.format());
    Map<String, Double> overflows = new HashMap<>();
    for (MetricFamily family : exposition.families()) {
      if (expected.isOverflowCounter(family.name())) {
        for (Sample sample : family.samples()) {
          if (!SampleSuffixes.isCreated(sample.name())) {
            overflows.merge(
                OpenLabelCheck.key(sample.labels().get("metric"), sample.labels().get("label")),
                sample.value(),
                Double::sum);
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    List<OpenLabelUse> openLabels = new ArrayList<>();
    Set<String> exposed = new TreeSet<>();
    long series = 0;
    long exemplars = 0;
    String namespacePrefix = schema.namespace() + "_";
    for (MetricFamily family : exposition.families()) {
      MetricSnapshot metric = expected.metric(family.name());
      if (metric == null) {
        if (family.name().startsWith(namespacePrefix)
            && !expected.isOverflowCounter(family.name())) {
          findings.add(
              new Finding(
                  FindingKind.UNDECLARED_FAMILY,
                  family.name(),
                  family.type() + " with " + family.samples().size() + " samples"));
        }
        continue;
      }
      if (family.samples().isEmpty()) {
        continue;
      }
      exposed.add(metric.name());
      FamilyChecker checker =
          new FamilyChecker(metric, family, expected, overflows, exposition.format());
      checker.check(findings, openLabels);
      series += checker.seriesCount();
      exemplars += checker.exemplarCount();
    }
    if (series > schema.worstCaseSeries()) {
      findings.add(
          new Finding(
              FindingKind.SERIES_OVER_WORST_CASE,
              schema.schema(),
              series + " series, the schema's worst case is " + schema.worstCaseSeries()));
    }
    List<String> notExposed =
        schema.metrics().stream()
            .map(MetricSnapshot::name)
            .filter(name -> !exposed.contains(name))
            .sorted()
            .toList();
    return new ServiceConformance(
        service,
        source,
        exposition.format(),
        List.copyOf(exposed),
        notExposed,
        series,
        exemplars,
        openLabels,
        findings);
  }
}
