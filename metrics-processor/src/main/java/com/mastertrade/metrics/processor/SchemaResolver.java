package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.GrafanaDatasourceSettings;
import com.mastertrade.metrics.processor.resolved.KubernetesSettings;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloDashboard;
import com.mastertrade.metrics.processor.slo.SloResolver;
import java.util.List;
import java.util.Optional;

/**
 * Completes a validated schema before any writer runs: its SLOs resolved into series, the SLO
 * dashboard composed, the alert links and the settings fixed. Writers only render what this
 * returns.
 */
final class SchemaResolver {
  private SchemaResolver() {}

  /**
   * @param expressions the declarations' templates, every one resolved: the validators report any
   *     that did not, and a schema with errors is never resolved
   */
  static ResolvedSchema resolve(
      SchemaModel schema,
      DeclarationsModel declarations,
      ResolvedDeclarations expressions,
      AlertLinks alertLinks,
      KubernetesSettings kubernetes,
      GrafanaDatasourceSettings datasources,
      PromqlTarget target) {
    List<ResolvedSlo> slos = new SloResolver(schema, target).resolve(declarations.slos());
    Optional<DashboardModel> sloDashboard =
        slos.isEmpty() ? Optional.empty() : Optional.of(SloDashboard.of(schema, slos));
    return new ResolvedSchema(
        schema,
        declarations,
        expressions,
        slos,
        sloDashboard,
        alertLinks,
        kubernetes,
        datasources,
        target);
  }
}
