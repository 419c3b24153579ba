package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.KubernetesNames;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Kubernetes objects generated for alert groups, scrape jobs and dashboards have names of
 * their own. {@link KubernetesNames} gives distinct schema names distinct object names, a hash
 * where the DNS-1123 form loses something; two can still meet when one is spelled as the other's
 * hashed form, or their hashes agree. Each such collision is an error on the declaration that
 * comes second, before anything is written.
 */
final class KubernetesNameValidator implements DeclarationValidator.Check {
  private record Owner(String what, Origin origin, String attribute) {}

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    Map<String, Owner> rules = new HashMap<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      add(rules, "PrometheusRule", KubernetesNames::ruleObject, group.name(),
          new Owner("alert group '" + group.name() + "'", group.origin(), "name"), report);
    }
    Map<String, Owner> monitors = new HashMap<>();
    declarations
        .scrapeConfig()
        .ifPresent(
            config -> {
              for (TargetModel target : config.targets()) {
                add(monitors, "ServiceMonitor", KubernetesNames::monitorObject, target.job(),
                    new Owner("scrape job '" + target.job() + "'", target.origin(), "job"),
                    report);
              }
            });
    Map<String, Owner> maps = new HashMap<>();
    for (DashboardModel dashboard : declarations.dashboards()) {
      add(maps, "ConfigMap", KubernetesNames::dashboardObject, dashboard.uid(),
          new Owner("dashboard '" + dashboard.uid() + "'", dashboard.origin(), "uid"), report);
    }
  }

  private static void add(
      Map<String, Owner> seen,
      String kind,
      UnaryOperator<String> naming,
      String name,
      Owner owner,
      ValidationReport.Builder report) {
    String object = naming.apply(name);
    Owner first = seen.putIfAbsent(object, owner);
    // The same name twice is a duplicate declaration, reported as such.
    if (first != null && !first.what().equals(owner.what())) {
      report.add(
          Diagnostic.at(
              owner.origin(),
              owner.attribute(),
              Message.KUBERNETES_NAME_COLLISION,
              owner.what(),
              kind,
              object,
              first.what()));
    }
  }
}
