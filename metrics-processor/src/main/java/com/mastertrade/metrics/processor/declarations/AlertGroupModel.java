package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A rule group declared with {@code @AlertGroup}. */
public record AlertGroupModel(
    String name, List<RecordModel> records, List<AlertModel> alerts, Origin origin) {

  public AlertGroupModel {
    records = List.copyOf(records);
    alerts = List.copyOf(alerts);
  }

  /** The series the group's recording rules write: an alert test gives them no input. */
  public Set<String> recordedSeries() {
    return records.stream().map(RecordModel::record).collect(Collectors.toSet());
  }

  /** A recording rule. */
  public record RecordModel(String record, ExpressionModel expr, Origin origin) {}

  /**
   * An alerting rule and its test.
   *
   * @param severity the {@code severity} label, lower case
   * @param testLabels the labels the firing alert carries besides alertname and severity, {@code
   *     name=value}
   * @param runbook what it means and what to check first
   * @param testOrigin where its {@code @AlertTest} is written
   */
  public record AlertModel(
      String name,
      ExpressionModel expr,
      String pendingFor,
      String severity,
      String summary,
      String description,
      List<TestSeriesModel> testSeries,
      List<String> testLabels,
      RunbookModel runbook,
      Origin origin,
      Origin testOrigin) {

    public AlertModel {
      testSeries = List.copyOf(testSeries);
      testLabels = List.copyOf(testLabels);
    }
  }

  /** An input series of an alert test; {@code series} is a selector template. */
  public record TestSeriesModel(ExpressionModel series, String firing, String quiet) {}
}
