package com.mastertrade.metrics.evolution.snapshot;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A machine-readable description of one metrics schema: its metrics, and every dashboard panel,
 * alert, recording rule, SLO and example query with the metrics and labels it uses. The format is
 * the JSON Schema {@code schema-snapshot.schema.json} next to this class.
 *
 * @param formatVersion the version of the snapshot format, {@link #FORMAT_VERSION}
 * @param schema the qualified name of the schema interface
 * @param worstCaseSeries the series the whole schema can expose at worst, overflow counter included
 * @param labelOverflowMetric the family name of the counter of open label values beyond their bound
 * @param acceptedBreaks breaking changes against the baseline that the schema accepts, with why
 */
public record SchemaSnapshot(
    int formatVersion,
    String schema,
    String namespace,
    long maxSeries,
    long maxSeriesPerMetric,
    long worstCaseSeries,
    String labelOverflowMetric,
    List<MetricSnapshot> metrics,
    List<DashboardSnapshot> dashboards,
    List<UsageSnapshot> recordingRules,
    List<UsageSnapshot> alerts,
    List<UsageSnapshot> slos,
    List<UsageSnapshot> queries,
    List<AcceptedBreakSnapshot> acceptedBreaks) {

  public static final int FORMAT_VERSION = 1;

  public SchemaSnapshot {
    metrics = List.copyOf(metrics);
    dashboards = List.copyOf(dashboards);
    recordingRules = List.copyOf(recordingRules);
    alerts = List.copyOf(alerts);
    slos = List.copyOf(slos);
    queries = List.copyOf(queries);
    acceptedBreaks = List.copyOf(acceptedBreaks);
  }

  public Optional<MetricSnapshot> metric(String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** Every consumer of metrics in this schema, each with its kind and display name. */
  public Stream<Usage> usages() {
    Stream<Usage> panels =
        dashboards.stream()
            .flatMap(
                d ->
                    d.panels().stream()
                        .map(p -> new Usage(UsageKind.PANEL, d.title() + " / " + p.name(), p)));
    Stream<Usage> records =
        recordingRules.stream().map(u -> new Usage(UsageKind.RECORDING_RULE, u.name(), u));
    Stream<Usage> alertRules = alerts.stream().map(u -> new Usage(UsageKind.ALERT, u.name(), u));
    Stream<Usage> objectives = slos.stream().map(u -> new Usage(UsageKind.SLO, u.name(), u));
    Stream<Usage> examples = queries.stream().map(u -> new Usage(UsageKind.QUERY, u.name(), u));
    return Stream.of(panels, records, alertRules, objectives, examples).flatMap(s -> s);
  }

  /** One consumer of metrics: a panel (named {@code Dashboard / Panel}), rule, SLO or query. */
  public record Usage(UsageKind kind, String displayName, UsageSnapshot usage) {}
}
