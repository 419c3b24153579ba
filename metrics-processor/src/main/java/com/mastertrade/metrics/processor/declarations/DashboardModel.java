package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;

/** A dashboard declared with {@code @Dashboard}. */
public record DashboardModel(
    String uid,
    String title,
    String description,
    List<String> tags,
    List<VariableModel> variables,
    List<PanelModel> panels,
    Origin origin) {

  public DashboardModel {
    tags = List.copyOf(tags);
    variables = List.copyOf(variables);
    panels = List.copyOf(panels);
  }

  /**
   * A dashboard template variable over a closed label.
   *
   * @param metric the metric that has the label, as {@code Category.method}
   */
  public record VariableModel(String metric, String label, Origin origin) {}

  /** One panel; {@code grafanaType} is Grafana's panel type id. */
  public record PanelModel(
      String title,
      String description,
      String grafanaType,
      String unit,
      List<ExpressionModel> exprs,
      List<String> legends,
      int width,
      int height,
      Origin origin) {

    public PanelModel {
      exprs = List.copyOf(exprs);
      legends = List.copyOf(legends);
    }
  }
}
